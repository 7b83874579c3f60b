import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { keyIdOf, signBytes, verifyBytes } from "@/lib/security/portal-key-material";

const db = getPrisma();
beforeEach(async () => {
  await resetDatabase();
  vi.unstubAllEnvs();
  vi.resetModules();
});
afterAll(disconnectPrisma);

// The module afresh, as a new server process would load it (lib/env.ts reads the environment once).
const freshModule = () => import("@/lib/security/portal-key");

describe("the portal's signing key", () => {
  it("demo: generated once — six processes asking at the same moment end with one key", async () => {
    const modules = await Promise.all(
      Array.from({ length: 6 }, async () => {
        vi.resetModules();
        return freshModule();
      }),
    );
    const keys = await Promise.all(modules.map((m) => m.generatedSigningKey()));
    expect(new Set(keys.map((k) => k.id)).size).toBe(1);
    const rows = await db.portalKey.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.privateKeyPem).toContain("BEGIN PRIVATE KEY");
    // The id is the first 16 hex digits of SHA-256 of the public key (SPKI DER), and the key signs.
    const again = await (await freshModule()).portalSigningKey();
    expect(again.id).toBe(rows[0]!.id);
    const signature = signBytes(again, Buffer.from("x"));
    expect(verifyBytes(rows[0]!.publicKeyPem, Buffer.from("x"), signature)).toBe(true);
  });

  it("production: the operator's key from the configuration; only its public half is stored, the demo key retires and stays published", async () => {
    const demo = await (await freshModule()).portalSigningKey();
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    // A PEM in one line with \n written out, as deployment tools often keep it.
    vi.stubEnv(
      "PORTAL_SIGNING_KEY",
      privateKey.export({ type: "pkcs8", format: "pem" }).toString().replace(/\n/g, "\\n"),
    );
    vi.resetModules();
    const m = await freshModule();
    const key = await m.portalSigningKey();
    expect(key.id).toBe(keyIdOf(publicKey));
    await m.portalSigningKey(); // a second use records nothing twice
    const rows = await db.portalKey.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.privateKeyPem === null, r.retiredAt !== null])).toEqual([
      [demo.id, false, true],
      [key.id, true, false],
    ]);
    expect((await m.publishedKeys()).map((k) => k.id)).toEqual([demo.id, key.id]);
    expect(JSON.stringify(await m.publishedKeys())).not.toContain("PRIVATE");
  });

  it("refuses a configured key that is not Ed25519", async () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      type: "pkcs8",
      format: "pem",
    });
    vi.stubEnv("PORTAL_SIGNING_KEY", rsa.toString());
    vi.resetModules();
    await expect((await freshModule()).portalSigningKey()).rejects.toThrow("must be Ed25519, not rsa");
    expect(await db.portalKey.count()).toBe(0);
  });
});
