import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { execFile, execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { serveRoutes } from "./helpers/route-server";
import { makeKgManager, makeQueueDistrict } from "./fixtures/queue-places";
import { publishProtocol } from "@/lib/queue/protocol/publish";
import { releasePlaces, withdrawPlace } from "@/lib/queue/places/release-place";
import { headStatement } from "@/lib/queue/protocol/canonical";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const day = await import("@/app/[locale]/(public)/protocol/days/[file]/route");
const chain = await import("@/app/[locale]/(public)/protocol/chain.json/route");
const heads = await import("@/app/[locale]/(public)/protocol/heads.xml/route");
const keys = await import("@/app/api/portal-keys/route");
const keyPem = await import("@/app/api/portal-keys/[file]/route");

const db = getPrisma();
const root = path.resolve(__dirname, "../..");
const at = (iso: string) => new Date(iso);
let server: Awaited<ReturnType<typeof serveRoutes>>;

// Runs the verifier as anyone would: a separate Node process that knows only the portal's address.
function verifier(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "scripts/verify-protocol.mjs"), server.base, ...args],
      { timeout: 60_000 },
      (e, out, err) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

beforeAll(async () => {
  await resetDatabase();
  const district = await makeQueueDistrict(db, "verify", [{ name: "Балапан" }]);
  const kg = district.kindergartens[0]!;
  const ctx = await makeKgManager(db, kg.id);
  const out = await releasePlaces(
    ctx,
    { groupId: kg.group.id, birthYear: 2023, count: 2 },
    at("2026-11-23T10:00:00+05:00"),
  );
  await publishProtocol(at("2026-11-23T18:00:00+05:00")); // 23 Nov: two releases
  if (out.ok)
    await withdrawPlace(ctx, { id: out.value[0]!, reason: "Жөндеу «№5»" }, at("2026-11-24T09:00:00+05:00"));
  await publishProtocol(at("2026-11-24T18:00:00+05:00")); // 24 Nov: the withdrawal
  await publishProtocol(at("2026-11-25T18:00:00+05:00")); // 25 Nov: nothing
  server = await serveRoutes([
    ["/:locale/protocol/days/:file", day.GET],
    ["/:locale/protocol/chain.json", chain.GET],
    ["/:locale/protocol/heads.xml", heads.GET],
    ["/api/portal-keys", keys.GET],
    ["/api/portal-keys/:file", keyPem.GET],
  ]);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await disconnectPrisma();
});

describe("the protocol, checked from outside", () => {
  it("serves each day's exact hashed bytes (immutable), the chain's index and the signed heads", async () => {
    const stored = await db.protocolDay.findMany({ orderBy: { date: "asc" } });
    expect(stored.map((d) => d.eventCount)).toEqual([2, 1, 0]);
    for (const d of stored) {
      const date = d.date.toISOString().slice(0, 10);
      const res = await fetch(`${server.base}/kk/protocol/days/${date}.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(res.headers.get("cache-control")).toContain("immutable");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(d.contentHash);
    }
    expect((await fetch(`${server.base}/kk/protocol/days/2026-11-26.json`)).status).toBe(404);
    expect((await fetch(`${server.base}/kk/protocol/days/2026-02-30.json`)).status).toBe(400);

    const res = await fetch(`${server.base}/ru/protocol/chain.json`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const index = (await res.json()) as { head: unknown; days: { date: string; prevHash: string | null }[] };
    expect(index.head).toEqual({ date: "2026-11-25", contentHash: stored[2]!.contentHash });
    expect(index.days.map((d) => [d.date, d.prevHash])).toEqual([
      ["2026-11-23", null],
      ["2026-11-24", stored[0]!.contentHash],
      ["2026-11-25", stored[1]!.contentHash],
    ]);

    const feed = await (await fetch(`${server.base}/en/protocol/heads.xml`)).text();
    expect(feed).toContain("<title>Balabaqsha: the signed daily heads of the protocol of places</title>");
    expect(feed.match(/<entry>/g)).toHaveLength(3);
  });

  it("a head's signature verifies with openssl against the published key (no code of the portal's)", async () => {
    const { keys: published } = (await (await fetch(`${server.base}/api/portal-keys`)).json()) as {
      keys: { id: string; pem: string }[];
    };
    expect(published).toHaveLength(1);
    const pem = await (await fetch(`${server.base}${published[0]!.pem}`)).text();
    const feed = await (await fetch(`${server.base}/kk/protocol/heads.xml`)).text();
    const entry = /<entry>([\s\S]*?)<\/entry>/.exec(feed)![1]!; // the newest day first
    const field = (n: string) => new RegExp(`<bq:${n}>([^<]*)</bq:${n}>`).exec(entry)![1]!;
    expect(field("keyId")).toBe(published[0]!.id);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heads-"));
    try {
      fs.writeFileSync(path.join(dir, "key.pem"), pem);
      // The documented statement, written with printf as docs/VERIFY.md says.
      execFileSync("sh", [
        "-c",
        `printf 'balabaqsha-protocol-head v1\\n%s\\n%s\\n%s\\n' "$0" "$1" "$2" > "$3/head.txt"`,
        field("date"),
        field("hash"),
        field("events"),
        dir,
      ]);
      expect(fs.readFileSync(path.join(dir, "head.txt"))).toEqual(
        headStatement({
          date: field("date"),
          contentHash: field("hash"),
          eventCount: Number(field("events")),
        }),
      );
      fs.writeFileSync(path.join(dir, "head.sig"), Buffer.from(field("signature"), "base64"));
      const check = (file: string) =>
        execFileSync(
          "openssl",
          [
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "key.pem",
            "-rawin",
            "-in",
            file,
            "-sigfile",
            "head.sig",
          ],
          { cwd: dir, encoding: "utf8", stdio: "pipe" },
        );
      expect(check("head.txt")).toContain("Signature Verified Successfully");
      fs.writeFileSync(
        path.join(dir, "other.txt"),
        fs.readFileSync(path.join(dir, "head.txt"), "utf8").replace(/\n0\n$/, "\n1\n"),
      );
      expect(() => check("other.txt")).toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("scripts/verify-protocol.mjs prints the head and exits 0; a key of one's own that did not sign fails", async () => {
    const head = (await db.protocolDay.findFirstOrThrow({ orderBy: { date: "desc" } })).contentHash;
    const ok = await verifier();
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`OK: 3 days, 3 events; head 2026-11-25 ${head}`);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pinned-"));
    try {
      execFileSync("openssl", ["genpkey", "-algorithm", "ed25519", "-out", path.join(dir, "k.pem")]);
      execFileSync("openssl", [
        "pkey",
        "-in",
        path.join(dir, "k.pem"),
        "-pubout",
        "-out",
        path.join(dir, "p.pem"),
      ]);
      const pinned = await verifier("--key", path.join(dir, "p.pem"));
      expect(pinned.code).toBe(1);
      expect(pinned.err).toMatch(
        /FAILED at day 2026-11-23: its head is signed by key [0-9a-f]{16}, which is not trusted/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("after one stored day is altered in the database, the verifier exits non-zero naming that day", async () => {
    await db.$executeRaw`
      UPDATE "ProtocolDay" SET content = jsonb_set(content, '{events,0,facts,reason}', '"Басқа себеп"')
      WHERE date = '2026-11-24'`;
    const bad = await verifier("--locale", "ru");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^FAILED at day 2026-11-24: content hash [0-9a-f]{64} is not the published/);
    expect(bad.out).toBe("");
  });
});
