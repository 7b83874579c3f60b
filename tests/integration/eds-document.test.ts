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
import { confirmWithEds, edsDocumentToSign } from "@/lib/timesheet/confirm-eds";
import { currentSnapshot } from "@/lib/timesheet/current-snapshot";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { holdMarkRow, waitForLockWaiters } from "./helpers/locks";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/parent";

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
afterAll(async () => {
  pki?.remove();
  await disconnectPrisma();
});

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

describe("confirming a timesheet by EDS at the same moment as something else", () => {
  const db = getPrisma();
  const NOV_27 = new Date("2026-11-27T05:00:00Z");

  // November marked for a child whose parent (the fixture's IIN) has bound the child.
  async function setup() {
    await resetDatabase();
    const kg = await makeKindergarten(db);
    const g = await makeGroupWithChildren(db, kg.id, { children: 1 });
    const child = g.children[0]!;
    for (const [date, status] of [
      ["2026-11-26", "PRESENT"],
      ["2026-11-27", "ABSENT"],
    ] as const)
      await markAttendance(
        g.educator,
        {
          groupId: g.group.id,
          childId: child.id,
          date,
          status,
          reason: status === "ABSENT" ? "FAMILY" : null,
        },
        NOV_27,
      );
    const { actor, person } = await makeParent(db, [child.id], { bind: true });
    await db.person.update({ where: { id: person.id }, data: { iin: FIXTURE_IINS.parent } });
    const ref = { childId: child.id, organizationId: kg.id, year: 2026, month: 11 };
    const doc = await edsDocumentToSign(actor, ref, now);
    const signedXml = signXmlEnveloped(doc.xml, pki.key("parent", "sign"));
    return { g, child, actor, ref, input: { ...ref, hash: doc.hash, signedXml } };
  }

  it("two submissions of the same signature at once: both answer confirmed, one confirmation is stored", async () => {
    for (let i = 0; i < 3; i++) {
      const { actor, input } = await setup();
      const outcomes = await Promise.all([
        codeOf(confirmWithEds(actor, input, now)),
        codeOf(confirmWithEds(actor, input, now)),
      ]);
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await db.timesheetConfirmation.count()).toBe(1);
    }
  });

  it("a correction under way when the signature arrives: the confirmation waits, sees it, and is refused", async () => {
    const { g, child, actor, ref, input } = await setup();
    const day = await db.attendanceMark.findFirstOrThrow({
      where: { childId: child.id, date: new Date("2026-11-27") },
    });
    const holder = await holdMarkRow(db, day.id);
    const correction = codeOf(
      markAttendance(
        g.educator,
        {
          groupId: g.group.id,
          childId: child.id,
          date: "2026-11-27",
          status: "PRESENT",
          reason: null,
          correctionReason: "Бала келген",
        },
        now,
      ),
    );
    expect(await waitForLockWaiters(db, 1)).toBe(true);
    const confirmation = codeOf(confirmWithEds(actor, input, now));
    await waitForLockWaiters(db, 2, confirmation);
    holder.release();
    const [corrected, confirmed] = await Promise.all([correction, confirmation]);
    await holder.done;
    expect([corrected, confirmed]).toEqual(["ok", "timesheet_changed"]);
    expect(await db.timesheetConfirmation.count()).toBe(0);
    const current = await currentSnapshot(db, ref.childId, ref.organizationId, 2026, 11);
    expect(current.hash).not.toBe(input.hash);
  });
});
