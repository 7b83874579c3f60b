import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { signXmlEnveloped } from "@/lib/eds/testing/xml-signer";
import { makePkiFixture, FIXTURE_IINS, type PkiFixture } from "@/lib/eds/testing/pki-fixture";
import { independentlyVerify } from "@/lib/eds/testing/independent-check";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { confirmWithEds, edsDocumentToSign } from "@/lib/timesheet/confirm-eds";
import { confirmWithCode, requestConfirmationCode } from "@/lib/timesheet/confirm";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/parent";

const pkiDir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-pki-"));
process.env.EDS_TRUST_DIR = path.join(pkiDir, "trust");
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
const receiptRoute = await import("@/app/api/timesheet-receipts/[file]/route");
const keyRoute = await import("@/app/api/portal-keys/[file]/route");

const db = getPrisma();
const NOW = new Date("2026-12-03T06:00:00Z");
let pki: PkiFixture;
let w: Awaited<ReturnType<typeof world>>;

// November marked for two children of one parent; the first month is confirmed by code, the second by EDS.
async function world() {
  const kg = await makeKindergarten(db);
  const g = await makeGroupWithChildren(db, kg.id, { children: 2 });
  for (const child of g.children)
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
        new Date("2026-11-27T12:00:00Z"),
      );
  const parent = await makeParent(
    db,
    g.children.map((c) => c.id),
    { bind: true },
  );
  await db.person.update({ where: { id: parent.person.id }, data: { iin: FIXTURE_IINS.parent } });
  const other = await makeParent(db, []);
  const manager = await makeManager(db, kg.id);
  const refOf = (i: number) => ({ childId: g.children[i]!.id, organizationId: kg.id, year: 2026, month: 11 });

  let code = "";
  const asked = await requestConfirmationCode(parent.actor, refOf(0), NOW, (c) => ((code = c), `Код ${c}`));
  const otp = await confirmWithCode(parent.actor, { ...refOf(0), hash: asked.hash, code }, NOW);

  const doc = await edsDocumentToSign(parent.actor, refOf(1), NOW);
  const signedXml = signXmlEnveloped(doc.xml, pki.key("parent", "sign"));
  const eds = await confirmWithEds(parent.actor, { ...refOf(1), hash: doc.hash, signedXml }, NOW);
  return { kg, parent, other, manager, otp, eds, signedXml };
}

beforeAll(async () => {
  pki = makePkiFixture(pkiDir);
  await resetDatabase();
  w = await world();
}, 180_000);
afterAll(async () => {
  pki?.remove();
  await disconnectPrisma();
});

async function download(actor: Actor | null, confirmationId: string) {
  session.actor = actor;
  const file = `${confirmationId}.zip`;
  return receiptRoute.GET(new Request(`http://localhost/api/timesheet-receipts/${file}`), {
    params: Promise.resolve({ file }),
  });
}

// Unpacks a downloaded receipt with the standard unzip into a fresh folder, with the published key next to it.
async function unpack(res: Response) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-"));
  fs.writeFileSync(path.join(dir, "receipt.zip"), Buffer.from(await res.arrayBuffer()));
  execFileSync("unzip", ["-q", "receipt.zip"], { cwd: dir });
  const receipt = JSON.parse(fs.readFileSync(path.join(dir, "receipt.json"), "utf8"));
  session.actor = null;
  const file = `${receipt.portalKeyId}.pem`;
  const key = await keyRoute.GET(new Request(`http://localhost/api/portal-keys/${file}`), {
    params: Promise.resolve({ file }),
  });
  expect(key.status).toBe(200);
  fs.writeFileSync(path.join(dir, "published-key.pem"), await key.text());
  const openssl = (...args: string[]) =>
    execFileSync("openssl", args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
  const verifyReceipt = () =>
    openssl(
      "pkeyutl",
      "-verify",
      "-pubin",
      "-inkey",
      "published-key.pem",
      "-rawin",
      "-in",
      "receipt.json",
      "-sigfile",
      "receipt.sig",
    );
  const read = (n: string) => fs.readFileSync(path.join(dir, n));
  return { dir, receipt, openssl, verifyReceipt, read, remove: () => fs.rmSync(dir, { recursive: true }) };
}

describe("the receipt of a confirmed month", () => {
  it("by code: signed by the portal's key — openssl verifies it, and refuses it once a byte changes", async () => {
    const res = await download(w.parent.actor, w.otp.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="receipt-2026-11-${w.otp.id}.zip"`,
    );
    const r = await unpack(res);
    try {
      expect(fs.readdirSync(r.dir).sort()).toEqual([
        "portal-key.pem",
        "published-key.pem",
        "receipt.json",
        "receipt.sig",
        "receipt.zip",
        "snapshot.json",
      ]);
      expect(r.verifyReceipt()).toContain("Signature Verified Successfully");
      expect(r.read("portal-key.pem").toString()).toBe(r.read("published-key.pem").toString());
      expect(r.receipt).toMatchObject({
        format: "balabaqsha.timesheet-receipt",
        method: "OTP",
        confirmationId: w.otp.id,
        signedAt: NOW.toISOString(),
        signer: { personId: w.parent.person.id },
        snapshotSha256: w.otp.snapshotHash,
        signedXmlSha256: null,
        year: 2026,
        month: 11,
      });
      expect(r.receipt.snapshot.days).toEqual([
        { date: "2026-11-26", status: "PRESENT", reason: null },
        { date: "2026-11-27", status: "ABSENT", reason: "FAMILY" },
      ]);
      // The snapshot as the parent saw it hashes to the recorded hash (sha256sum / openssl dgst).
      expect(r.openssl("dgst", "-sha256", "-r", "snapshot.json").split(" ")[0]).toBe(w.otp.snapshotHash);
      fs.writeFileSync(
        path.join(r.dir, "receipt.json"),
        r.read("receipt.json").toString().replace('"FAMILY"', '"ILLNESS"'),
      );
      expect(() => r.verifyReceipt()).toThrow();
    } finally {
      r.remove();
    }
  });

  it("by EDS: the signed XML exactly as signed passes the independent check (Python C14N + openssl) against the roots", async () => {
    const r = await unpack(await download(w.parent.actor, w.eds.id));
    try {
      expect(r.receipt).toMatchObject({ method: "EDS", certificateSerial: w.eds.certificateSerial });
      expect(r.read("signed.xml").toString("utf8")).toBe(w.signedXml);
      expect(createHash("sha256").update(r.read("signed.xml")).digest("hex")).toBe(r.receipt.signedXmlSha256);
      expect(
        independentlyVerify(r.read("signed.xml").toString("utf8"), {
          rootPem: pki.rootPem,
          intermediatePems: [pki.intermediatePem],
        }),
      ).toMatchObject({ digestOk: true, signatureOk: true, chainOk: true });
      expect(r.verifyReceipt()).toContain("Signature Verified Successfully");
      expect(r.openssl("dgst", "-sha256", "-r", "snapshot.json").split(" ")[0]).toBe(w.eds.snapshotHash);
    } finally {
      r.remove();
    }
  });

  it("the kindergarten's manager downloads it too; another parent and a visitor get 404", async () => {
    expect((await download(w.manager.actor, w.otp.id)).status).toBe(200);
    expect((await download(w.other.actor, w.otp.id)).status).toBe(404);
    expect((await download(null, w.otp.id)).status).toBe(404);
    expect((await download(w.parent.actor, "no-such-confirmation")).status).toBe(404);
  });

  it("the same receipt downloaded twice is the same bytes (the signature is deterministic)", async () => {
    const a = Buffer.from(await (await download(w.parent.actor, w.otp.id)).arrayBuffer());
    const b = Buffer.from(await (await download(w.manager.actor, w.otp.id)).arrayBuffer());
    expect(a.equals(b)).toBe(true);
  });
});
