import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignedDocument } from "@/lib/eds/verify-document";
import { snapshotToXml } from "@/lib/eds/snapshot-xml";
import { contentDigest } from "@/lib/eds/canonical";
import { ALG } from "@/lib/eds/algorithms";
import { AppError } from "@/lib/errors/app-error";
import { signXmlEnveloped } from "@/lib/eds/testing/xml-signer";
import { makePkiFixture, FIXTURE_IINS, type PkiFixture } from "@/lib/eds/testing/pki-fixture";
import { independentlyVerify } from "@/lib/eds/testing/independent-check";
import type { TimesheetSnapshot } from "@/lib/timesheet/snapshot";

const pkiDir = fs.mkdtempSync(path.join(os.tmpdir(), "eds-doc-"));
process.env.EDS_TRUST_DIR = path.join(pkiDir, "trust");
let pki: PkiFixture;
const now = new Date("2026-12-03T06:00:00Z");
const snapshot: TimesheetSnapshot = {
  childId: "child-1",
  organizationId: "kg-1",
  year: 2026,
  month: 11,
  days: [
    { date: "2026-11-02", status: "PRESENT", reason: null },
    { date: "2026-11-03", status: "ABSENT", reason: "ILLNESS" },
  ],
};
const xml = snapshotToXml(snapshot);
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );
const check = (signed: string, o: { iin?: string; expected?: string } = {}) =>
  verifySignedDocument(signed, {
    expectedContentXml: o.expected ?? xml,
    purpose: "sign",
    expectedIin: o.iin ?? FIXTURE_IINS.parent,
    now,
  });

beforeAll(() => {
  pki = makePkiFixture(pkiDir);
}, 120_000);
afterAll(() => pki?.remove());

describe("verifySignedDocument (timesheet confirmation by EDS)", () => {
  it("accepts the parent's signing key over exactly the month's snapshot (roots from EDS_TRUST_DIR)", async () => {
    const signed = signXmlEnveloped(xml, pki.key("parent", "sign"));
    const r = await check(signed);
    expect(r).toMatchObject({ iin: FIXTURE_IINS.parent, contentDigest: contentDigest(xml) });
    expect(r.certificateSerial).toMatch(/^[0-9A-F]+$/);
    await expect(
      verifySignedDocument(signed, {
        expectedDigest: contentDigest(xml),
        purpose: "sign",
        expectedIin: FIXTURE_IINS.parent,
        now,
      }),
    ).resolves.toMatchObject({ iin: FIXTURE_IINS.parent });
  });

  it("what is stored passes an independent check (Python C14N + openssl) against the test root", () => {
    const signed = signXmlEnveloped(xml, pki.key("parent", "sign"));
    expect(
      independentlyVerify(signed, { rootPem: pki.rootPem, intermediatePems: [pki.intermediatePem] }),
    ).toMatchObject({ digestOk: true, signatureOk: true, chainOk: true });
  });

  it("refuses another person's certificate", async () => {
    expect(await codeOf(check(signXmlEnveloped(xml, pki.key("other", "sign"))))).toBe("eds_wrong_person");
  });

  it("refuses a signature over other data than the current snapshot (the kindergarten changed a day)", async () => {
    const signed = signXmlEnveloped(xml, pki.key("parent", "sign"));
    const changed = snapshotToXml({
      ...snapshot,
      days: [snapshot.days[0]!, { ...snapshot.days[1]!, reason: "VACATION" }],
    });
    expect(await codeOf(check(signed, { expected: changed }))).toBe("eds_content_mismatch");
  });

  it("refuses the authentication key, expired, untrusted and BIN certificates, SHA-1 and tampering", async () => {
    expect(await codeOf(check(signXmlEnveloped(xml, pki.key("parent", "auth"))))).toBe("eds_wrong_key_type");
    expect(await codeOf(check(signXmlEnveloped(xml, pki.key("expired", "sign"))))).toBe(
      "eds_certificate_expired",
    );
    expect(await codeOf(check(signXmlEnveloped(xml, pki.key("untrusted", "sign"))))).toBe(
      "eds_untrusted_chain",
    );
    expect(await codeOf(check(signXmlEnveloped(xml, pki.key("legal", "sign"))))).toBe("eds_legal_entity");
    expect(
      await codeOf(
        check(
          signXmlEnveloped(xml, pki.key("parent", "sign"), {
            signatureAlgorithm: ALG.rsaSha1,
            digestAlgorithm: ALG.sha1,
          }),
        ),
      ),
    ).toBe("eds_weak_algorithm");
    const signed = signXmlEnveloped(xml, pki.key("parent", "sign"));
    expect(await codeOf(check(signed.replace("<status>ABSENT</status>", "<status>PRESENT</status>")))).toBe(
      "eds_signature_invalid",
    );
  });
});
