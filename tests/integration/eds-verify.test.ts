import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { X509Certificate } from "node:crypto";
import { verifySignedXml, type EdsPurpose } from "@/lib/eds/verify-xml";
import { ALG } from "@/lib/eds/algorithms";
import { challengeXml } from "@/lib/eds/challenge-xml";
import { contentDigest } from "@/lib/eds/canonical";
import { signXmlEnveloped, type SignOptions } from "@/lib/eds/testing/xml-signer";
import { makePkiFixture, FIXTURE_IINS, type PkiFixture } from "@/lib/eds/testing/pki-fixture";
import { independentlyVerify } from "@/lib/eds/testing/independent-check";
import type { IdentityName } from "@/lib/eds/testing/test-pki";
import type { TrustStore } from "@/lib/eds/chain";

let pki: PkiFixture;
const now = new Date("2026-11-22T05:00:00Z");
const xml = challengeXml({
  nonce: "n0nce-AAA",
  audience: "http://localhost:3000",
  issuedAt: now,
  expiresAt: new Date(now.getTime() + 300_000),
});

const sign = (identity: IdentityName, type: "auth" | "sign" = "auth", doc = xml, o: SignOptions = {}) =>
  signXmlEnveloped(doc, pki.key(identity, type), o);
const verify = (
  signed: string,
  o: { purpose?: EdsPurpose; at?: Date; trust?: TrustStore; expected?: string } = {},
) =>
  verifySignedXml(signed, {
    purpose: o.purpose ?? "auth",
    now: o.at ?? now,
    trust: o.trust ?? pki.trust,
    expected: { contentXml: o.expected ?? xml },
  });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: Error) => e.message,
  );

beforeAll(() => {
  pki = makePkiFixture();
}, 120_000);
afterAll(() => pki?.remove());

describe("verifySignedXml: what is accepted", () => {
  it("accepts the parent's authentication key over exactly the challenge, and names the person", async () => {
    const v = await verify(sign("parent"));
    expect(v.iin).toBe(FIXTURE_IINS.parent);
    expect(v.certificateSerial).toBe(
      new X509Certificate(pki.key("parent", "auth").certPem).serialNumber.toUpperCase(),
    );
    expect(v.certificate.subject).toMatchObject({
      surname: "ЖҰМАБАЕВА",
      commonName: "ЖҰМАБАЕВА ӘСЕМ",
      patronymic: "ЕРЛАНҚЫЗЫ",
      bin: null,
    });
    expect(v.contentDigest).toBe(contentDigest(xml));
  });

  it("accepts the signing key for documents, also when checked by digest", async () => {
    const signed = sign("parent", "sign");
    await expect(
      verifySignedXml(signed, {
        purpose: "sign",
        now,
        trust: pki.trust,
        expected: { digest: contentDigest(xml) },
      }),
    ).resolves.toMatchObject({ iin: FIXTURE_IINS.parent });
    expect(
      await refusal(
        verifySignedXml(signed, {
          purpose: "sign",
          now,
          trust: pki.trust,
          expected: { digest: "0".repeat(64) },
        }),
      ),
    ).toBe("eds_content_mismatch");
  });

  it("finds the intermediate CA in KeyInfo when only the root is installed", async () => {
    const rootOnly: TrustStore = { anchors: pki.trust.anchors, intermediates: [] };
    const plain = sign("parent");
    expect(await refusal(verify(plain, { trust: rootOnly }))).toBe("eds_untrusted_chain");
    const b64 = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, "");
    const withChain = plain.replace(
      "</ds:X509Certificate>",
      `</ds:X509Certificate><ds:X509Certificate>${b64(pki.intermediatePem)}</ds:X509Certificate>`,
    );
    await expect(verify(withChain, { trust: rootOnly })).resolves.toMatchObject({ iin: FIXTURE_IINS.parent });
  });

  it("is also accepted by an independent verifier (Python's C14N + openssl), which rejects a tampered copy", async () => {
    const signed = sign("parent", "sign");
    await verify(signed, { purpose: "sign" });
    const ok = independentlyVerify(signed, { rootPem: pki.rootPem, intermediatePems: [pki.intermediatePem] });
    expect(ok).toMatchObject({ digestOk: true, signatureOk: true, chainOk: true });
    expect(ok.subject).toContain("IIN920714441235");
    const bad = independentlyVerify(signed.replace("n0nce-AAA", "n0nce-AAB"), {
      rootPem: pki.rootPem,
      intermediatePems: [pki.intermediatePem],
    });
    expect(bad.digestOk).toBe(false);
    const untrusted = independentlyVerify(sign("untrusted"), {
      rootPem: pki.rootPem,
      intermediatePems: [pki.intermediatePem],
    });
    expect(untrusted.chainOk).toBe(false);
  });
});

describe("verifySignedXml: refusals", () => {
  it("an expired certificate, and one not yet valid", async () => {
    expect(await refusal(verify(sign("expired")))).toBe("eds_certificate_expired");
    expect(await refusal(verify(sign("parent"), { at: new Date("2019-06-01T00:00:00Z") }))).toBe(
      "eds_certificate_not_yet_valid",
    );
  });

  it("a certificate from a CA that is not trusted, and any certificate when no root is installed", async () => {
    expect(await refusal(verify(sign("untrusted")))).toBe("eds_untrusted_chain");
    expect(await refusal(verify(sign("parent"), { trust: { anchors: [], intermediates: [] } }))).toBe(
      "eds_untrusted_chain",
    );
  });

  it("a tampered document, a tampered signature value, and a swapped certificate", async () => {
    const signed = sign("parent");
    expect(
      await refusal(
        verify(signed.replace("n0nce-AAA", "n0nce-AAB"), { expected: xml.replace("n0nce-AAA", "n0nce-AAB") }),
      ),
    ).toBe("eds_signature_invalid");
    const sv = /<ds:SignatureValue>([^<]+)</.exec(signed)![1]!;
    const flipped = sv[10] === "A" ? "B" : "A";
    expect(await refusal(verify(signed.replace(sv, sv.slice(0, 10) + flipped + sv.slice(11))))).toBe(
      "eds_signature_invalid",
    );
    const otherCert = /<ds:X509Certificate>([^<]+)</.exec(sign("other"))![1]!;
    const mine = /<ds:X509Certificate>([^<]+)</.exec(signed)![1]!;
    expect(await refusal(verify(signed.replace(mine, otherCert)))).toBe("eds_signature_invalid");
    // Someone signs with their own key and puts the parent's certificate first in KeyInfo.
    const byOther = sign("other");
    const theirs = /<ds:X509Certificate>([^<]+)</.exec(byOther)![1]!;
    const framed = byOther.replace(
      `<ds:X509Certificate>${theirs}`,
      `<ds:X509Certificate>${mine}</ds:X509Certificate><ds:X509Certificate>${theirs}`,
    );
    expect(await refusal(verify(framed))).toBe("eds_signature_invalid");
  });

  it("a valid signature over something else than the challenge issued", async () => {
    const other = challengeXml({
      nonce: "another",
      audience: "http://localhost:3000",
      issuedAt: now,
      expiresAt: now,
    });
    expect(await refusal(verify(sign("parent", "auth", other)))).toBe("eds_content_mismatch");
  });

  it("SHA-1 in the signature or in the digest", async () => {
    expect(
      await refusal(
        verify(sign("parent", "auth", xml, { signatureAlgorithm: ALG.rsaSha1, digestAlgorithm: ALG.sha1 })),
      ),
    ).toBe("eds_weak_algorithm");
    expect(await refusal(verify(sign("parent", "auth", xml, { digestAlgorithm: ALG.sha1 })))).toBe(
      "eds_weak_algorithm",
    );
    expect(await refusal(verify(sign("parent", "auth", xml, { signatureAlgorithm: ALG.rsaSha1 })))).toBe(
      "eds_weak_algorithm",
    );
  });

  it("GOST algorithms, with their own message", async () => {
    const gost = sign("parent").replace(ALG.rsaSha256, ALG.gost2015);
    expect(await refusal(verify(gost))).toBe("eds_gost_unsupported");
    expect(await refusal(verify(sign("parent").replace(ALG.rsaSha256, ALG.gost34310)))).toBe(
      "eds_gost_unsupported",
    );
  });

  it("a legal entity's (BIN) certificate", async () => {
    expect(await refusal(verify(sign("legal")))).toBe("eds_legal_entity");
  });

  it("the wrong key: signing key for sign-in, authentication key for a document", async () => {
    expect(await refusal(verify(sign("parent", "sign")))).toBe("eds_wrong_key_type");
    expect(await refusal(verify(sign("parent", "auth"), { purpose: "sign" }))).toBe("eds_wrong_key_type");
  });

  it("documents that are not one enveloped signature over the whole document", async () => {
    const signed = sign("parent");
    expect(await refusal(verify(xml))).toBe("eds_malformed");
    expect(await refusal(verify("not xml at all"))).toBe("eds_malformed");
    expect(
      await refusal(verify(`<!DOCTYPE x [<!ENTITY a "b">]>${signed.replace(/^<\?xml[^>]*>/, "")}`)),
    ).toBe("eds_malformed");
    expect(await refusal(verify(signed.replace('URI=""', 'URI="#x"')))).toBe("eds_malformed");
    const sig = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
    expect(await refusal(verify(signed.replace("</balabaqshaSignIn>", `${sig}</balabaqshaSignIn>`)))).toBe(
      "eds_malformed",
    );
    expect(await refusal(verify(signed.replace(/<ds:KeyInfo>[\s\S]*<\/ds:KeyInfo>/, "")))).toBe(
      "eds_malformed",
    );
  });
});

describe("verifySignedXml: the content compared is the content xml-crypto verified", () => {
  it("refuses a document whose own parse differs from what the signature covers (a parser differential)", async () => {
    // Two prefixes for one namespace, and an attribute under each with the same local name: a parser
    // may keep both (as xml-crypto's own parse did) or only the last (as a second parse with another
    // xmldom did). The signature covers both attributes; the expected document has only the second.
    const expected = '<doc xmlns:a="urn:x" xmlns:b="urn:x"><x b:c="2"></x></doc>';
    const signed = sign("parent", "auth", '<doc xmlns:a="urn:x" xmlns:b="urn:x"><x a:c="1" b:c="2"/></doc>');
    expect(signed).toContain('a:c="1"');
    expect(await refusal(verify(signed, { expected }))).not.toBe("accepted");
    expect(await refusal(verify(signed, { expected }))).toBe("eds_content_mismatch");
    // The content it signs is what is compared: the same document is accepted against itself.
    const same = '<doc xmlns:a="urn:x" xmlns:b="urn:x"><x a:c="1" b:c="2"></x></doc>';
    expect((await verify(signed, { expected: same })).contentDigest).toBe(contentDigest(same));
  });

  it("refuses signature wrapping: content outside the signed reference, or a second element with the same Id", async () => {
    const signed = sign("parent");
    const sig = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
    // The signed challenge moved into a wrapper, with other content beside it.
    const wrapped = `<balabaqshaSignIn><purpose>sign-in</purpose><nonce>forged</nonce><w>${signed.replace(/^<\?xml[^>]*>/, "").replace(sig, "")}</w>${sig}</balabaqshaSignIn>`;
    expect(await refusal(verify(wrapped))).toBe("eds_signature_invalid");
    // A reference to an Id, with a second element carrying the same Id.
    const byId = signed
      .replace("<balabaqshaSignIn>", '<balabaqshaSignIn Id="c">')
      .replace('URI=""', 'URI="#c"')
      .replace("</balabaqshaSignIn>", '<x Id="c"/></balabaqshaSignIn>');
    expect(await refusal(verify(byId))).toBe("eds_malformed");
    // Text outside the root element, which a lenient parser would simply drop.
    expect(await refusal(verify(`${signed}<nonce>forged</nonce>`))).toBe("eds_malformed");
    expect(await refusal(verify(`${signed}forged`))).toBe("eds_malformed");
    // A comment is never signed (URI="" leaves comments out) and never compared: adding one changes nothing.
    expect(await refusal(verify(signed.replace("<nonce>", "<!-- x --><nonce>")))).toBe("accepted");
  });
});
