import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import net from "node:net";
import WebSocket from "ws";
import { signXmlWithNcaLayer, type SignOptions } from "@/components/eds/ncalayer-client";
import { verifySignedXml } from "@/lib/eds/verify-xml";
import { challengeXml } from "@/lib/eds/challenge-xml";
import { makePkiFixture, FIXTURE_IINS, type PkiFixture } from "@/lib/eds/testing/pki-fixture";
import { startStandin, type Standin } from "@/lib/eds/testing/standin-server";

let pki: PkiFixture;
let standin: Standin;
const now = new Date("2026-11-22T05:00:00Z");
const xml = challengeXml({ nonce: "abc", audience: "http://localhost:3000", issuedAt: now, expiresAt: now });
const opts = (o: Partial<SignOptions> = {}): SignOptions => ({
  url: standin.url,
  keyType: "AUTHENTICATION",
  locale: "ru",
  WebSocketImpl: WebSocket as unknown as SignOptions["WebSocketImpl"],
  ...o,
});
const choose = (body: object) =>
  fetch(`http://127.0.0.1:${standin.port}/choice`, { method: "POST", body: JSON.stringify(body) });

beforeAll(async () => {
  pki = makePkiFixture();
  standin = await startStandin({ dir: pki.dir, port: 0 });
}, 120_000);
afterAll(async () => {
  await standin?.close();
  pki?.remove();
});
beforeEach(async () => {
  await choose({ reset: true });
});

describe("signXmlWithNcaLayer through the stand-in", () => {
  it("signs with the authentication key, and the server accepts the result", async () => {
    const r = await signXmlWithNcaLayer(xml, opts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = await verifySignedXml(r.signedXml, {
      purpose: "auth",
      now,
      trust: pki.trust,
      expected: { contentXml: xml },
    });
    expect(v.iin).toBe(FIXTURE_IINS.parent);
  });

  it("signs with the signing key when asked for SIGNATURE", async () => {
    const r = await signXmlWithNcaLayer(xml, opts({ keyType: "SIGNATURE" }));
    if (!r.ok) throw new Error(r.reason);
    await expect(
      verifySignedXml(r.signedXml, { purpose: "sign", now, trust: pki.trust, expected: { contentXml: xml } }),
    ).resolves.toBeTruthy();
  });

  it("reports a cancel and a wrong key password", async () => {
    await choose({ cancel: true });
    expect(await signXmlWithNcaLayer(xml, opts())).toEqual({ ok: false, reason: "cancelled" });
    await choose({ cancel: false, password: "wrong" });
    expect(await signXmlWithNcaLayer(xml, opts())).toMatchObject({ ok: false, reason: "wrong_password" });
  });

  it("falls back to commonUtils.signXml on an NCALayer without the basics module", async () => {
    await choose({ legacy: true });
    const r = await signXmlWithNcaLayer(xml, opts());
    expect(r.ok).toBe(true);
    await choose({ legacy: true, cancel: true });
    expect(await signXmlWithNcaLayer(xml, opts())).toEqual({ ok: false, reason: "cancelled" });
  });

  it("says NCALayer is unavailable when nothing listens", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    expect(await signXmlWithNcaLayer(xml, opts({ url: `ws://127.0.0.1:${port}` }))).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });
});
