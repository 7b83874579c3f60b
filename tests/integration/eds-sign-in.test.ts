import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { authenticateByEds } from "@/lib/eds/authenticate";
import { issueSignInChallenge } from "@/lib/eds/challenges";
import { ALG } from "@/lib/eds/algorithms";
import { AppError } from "@/lib/errors/app-error";
import { signXmlEnveloped, type SignOptions } from "@/lib/eds/testing/xml-signer";
import { makePkiFixture, FIXTURE_IINS, type PkiFixture } from "@/lib/eds/testing/pki-fixture";
import type { IdentityName } from "@/lib/eds/testing/test-pki";

// The trusted roots folder is read from the environment (EDS_TRUST_DIR), as in production.
const pkiDir = fs.mkdtempSync(path.join(os.tmpdir(), "eds-signin-"));
process.env.EDS_TRUST_DIR = path.join(pkiDir, "trust");

const db = getPrisma();
const client = { ip: "127.0.0.1", userAgent: "vitest" };
const t0 = new Date("2026-11-22T05:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const BROWSER = "browser-binding-1";
let pki: PkiFixture;

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

// Issues a challenge for BROWSER and signs it with a stand-in key, as NCALayer would.
async function signedChallenge(
  identity: IdentityName = "parent",
  o: { type?: "auth" | "sign"; sign?: SignOptions; binding?: string } = {},
) {
  const c = await issueSignInChallenge({ binding: o.binding ?? BROWSER, now: t0 });
  return {
    challengeId: c.id,
    signedXml: signXmlEnveloped(c.xml, pki.key(identity, o.type ?? "auth"), o.sign),
    binding: BROWSER,
  };
}

beforeAll(() => {
  pki = makePkiFixture(pkiDir);
}, 120_000);
beforeEach(resetDatabase);
afterAll(async () => {
  pki?.remove();
  await disconnectPrisma();
});

describe("sign-in with EDS", () => {
  it("registers the person by the certificate's IIN and name, opens a parent session and records it", async () => {
    const input = await signedChallenge();
    const user = await authenticateByEds(input, client, at(1000));
    expect(user.audience).toBe("parent");
    const person = await db.person.findUniqueOrThrow({
      where: { iin: FIXTURE_IINS.parent },
      include: { user: true },
    });
    expect(person).toMatchObject({ lastName: "Жұмабаева", firstName: "Әсем", middleName: "Ерланқызы" });
    expect(person.user?.id).toBe(user.id);
    expect(person.user?.lastSignInAt).toEqual(at(1000));
    expect(await db.signInEvent.findMany()).toMatchObject([
      { method: "EDS", success: true, userId: user.id, ip: "127.0.0.1" },
    ]);
    expect((await db.edsChallenge.findUniqueOrThrow({ where: { id: input.challengeId } })).usedAt).toEqual(
      at(1000),
    );
  });

  it("signs in an existing person, filling in a missing name but never overwriting one", async () => {
    const unnamed = await db.person.create({
      data: { iin: FIXTURE_IINS.parent, lastName: "", firstName: "" },
    });
    await authenticateByEds(await signedChallenge(), client, at(1000));
    expect(await db.person.findUniqueOrThrow({ where: { id: unnamed.id } })).toMatchObject({
      lastName: "Жұмабаева",
      firstName: "Әсем",
    });
    await db.person.update({
      where: { id: unnamed.id },
      data: { lastName: "Жұмабаева-Оспан", firstName: "Әсем" },
    });
    await authenticateByEds(await signedChallenge(), client, at(2000));
    expect(await db.person.findUniqueOrThrow({ where: { id: unnamed.id } })).toMatchObject({
      lastName: "Жұмабаева-Оспан",
    });
    expect(await db.person.count()).toBe(1);
  });

  it("refuses a replayed challenge: a signature works once", async () => {
    const input = await signedChallenge();
    await authenticateByEds(input, client, at(1000));
    expect(await codeOf(authenticateByEds(input, client, at(2000)))).toBe("eds_challenge_used");
    expect(
      (await db.signInEvent.findMany({ orderBy: { id: "asc" } })).map((e) => [e.success, e.reason]),
    ).toEqual([
      [true, null],
      [false, "eds_challenge_used"],
    ]);
  });

  it("spends the challenge even when the signature is refused", async () => {
    const bad = await signedChallenge("expired");
    expect(await codeOf(authenticateByEds(bad, client, at(1000)))).toBe("eds_certificate_expired");
    const good = {
      ...bad,
      signedXml: signXmlEnveloped(
        bad.signedXml.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, ""),
        pki.key("parent", "auth"),
      ),
    };
    expect(await codeOf(authenticateByEds(good, client, at(2000)))).toBe("eds_challenge_used");
  });

  it("refuses an expired challenge, another browser's challenge and an unknown one", async () => {
    expect(await codeOf(authenticateByEds(await signedChallenge(), client, at(5 * 60_000)))).toBe(
      "eds_challenge_expired",
    );
    expect(
      await codeOf(
        authenticateByEds({ ...(await signedChallenge()), binding: "another-browser" }, client, at(1000)),
      ),
    ).toBe("eds_challenge_invalid");
    expect(
      await codeOf(authenticateByEds({ ...(await signedChallenge()), binding: null }, client, at(1000))),
    ).toBe("eds_challenge_invalid");
    expect(
      await codeOf(
        authenticateByEds({ ...(await signedChallenge()), challengeId: "nope" }, client, at(1000)),
      ),
    ).toBe("eds_challenge_invalid");
  });

  it("refuses a signature over another challenge than the one presented", async () => {
    const a = await signedChallenge();
    const b = await signedChallenge();
    expect(await codeOf(authenticateByEds({ ...b, signedXml: a.signedXml }, client, at(1000)))).toBe(
      "eds_content_mismatch",
    );
  });

  it("refuses bad certificates and signatures, creating no one", async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => signedChallenge("expired").then((i) => authenticateByEds(i, client, at(1000))),
        "eds_certificate_expired",
      ],
      [
        () => signedChallenge("untrusted").then((i) => authenticateByEds(i, client, at(1000))),
        "eds_untrusted_chain",
      ],
      [
        () => signedChallenge("legal").then((i) => authenticateByEds(i, client, at(1000))),
        "eds_legal_entity",
      ],
      [
        () => signedChallenge("parent", { type: "sign" }).then((i) => authenticateByEds(i, client, at(1000))),
        "eds_wrong_key_type",
      ],
      [
        () =>
          signedChallenge("parent", {
            sign: { signatureAlgorithm: ALG.rsaSha1, digestAlgorithm: ALG.sha1 },
          }).then((i) => authenticateByEds(i, client, at(1000))),
        "eds_weak_algorithm",
      ],
      [
        () =>
          signedChallenge().then((i) =>
            authenticateByEds(
              {
                ...i,
                signedXml: i.signedXml.replace(
                  /<nonce>(.)/,
                  (_m, c: string) => `<nonce>${c === "A" ? "B" : "A"}`,
                ),
              },
              client,
              at(1000),
            ),
          ),
        "eds_signature_invalid",
      ],
    ];
    for (const [attempt, code] of cases) expect(await codeOf(attempt())).toBe(code);
    expect(await db.person.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
    expect(await db.signInEvent.count({ where: { method: "EDS", success: false } })).toBe(cases.length);
  });

  it("refuses a blocked cabinet and records it against the user", async () => {
    const person = await db.person.create({
      data: { iin: FIXTURE_IINS.parent, lastName: "Жұмабаева", firstName: "Әсем" },
    });
    const user = await db.user.create({
      data: { personId: person.id, blockedUntil: at(180 * 24 * 3600_000) },
    });
    expect(await codeOf(authenticateByEds(await signedChallenge(), client, at(1000)))).toBe(
      "account_blocked",
    );
    expect(await db.signInEvent.findFirstOrThrow()).toMatchObject({
      userId: user.id,
      success: false,
      reason: "account_blocked",
    });
  });
});
