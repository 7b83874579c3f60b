// A production-style start: a DATABASE_URL and no demo switch. With the demo defaults the server
// refuses to start and names each offending setting; with proper settings it serves, and the demo's
// SMS outbox does not exist. Runs the same production build as the other journeys, on its own port.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.resolve(__dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const base = `http://localhost:${port}`;

function startProduction(env: Record<string, string>) {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/root",
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      JOBS_ENABLED: "0",
      ...env,
    },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitUp(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/kk`)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the production server did not answer");
}

test("out of demo mode the server refuses the demo settings, naming each", async () => {
  const server = startProduction({ BALABAQSHA_TEST_MODE: "1", BALABAQSHA_NOW: "2026-11-30T10:00:00+05:00" });
  const code = await server.exited;
  expect(code).not.toBe(0);
  for (const setting of [
    "NEXTAUTH_SECRET",
    "SMS_PROVIDER",
    "SMTP_URL",
    "BALABAQSHA_TEST_MODE",
    "PORTAL_SIGNING_KEY",
    "BALABAQSHA_NOW",
  ])
    expect(server.output()).toContain(setting);

  const demoSecret = startProduction({
    NEXTAUTH_SECRET: "balabaqsha-demo-secret-change-me-in-production",
    SMS_PROVIDER: "http",
    SMS_HTTP_URL: "http://127.0.0.1:9/sms",
  });
  expect(await demoSecret.exited).not.toBe(0);
  expect(demoSecret.output()).toContain("NEXTAUTH_SECRET is the public demo value");
  expect(demoSecret.output()).not.toContain("SMS_PROVIDER");
});

const operatorKey = generateKeyPairSync("ed25519");

test("with proper settings it serves, and /demo/outbox does not exist", async () => {
  const server = startProduction({
    NEXTAUTH_SECRET: "x".repeat(16) + "a-real-random-secret-of-40-bytes",
    // The public address is https (a TLS proxy in front): HSTS and Secure cookies.
    NEXTAUTH_URL: "https://balabaqsha.example",
    SMS_PROVIDER: "http",
    SMS_HTTP_URL: "http://127.0.0.1:9/sms",
    SMTP_URL: "smtp://127.0.0.1:9",
    // The operator's signing key (docs/VERIFY.md): only its public half is published.
    PORTAL_SIGNING_KEY: operatorKey.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  });
  try {
    await waitUp(server.child);
    const page = await fetch(`${base}/kk`);
    expect(page.status).toBe(200);
    expect((await fetch(`${base}/kk/demo/outbox`)).status).toBe(404);
    // The operator's key is the one published (its public half only) and the one that signs.
    const keyId = createHash("sha256")
      .update(operatorKey.publicKey.export({ type: "spki", format: "der" }))
      .digest("hex")
      .slice(0, 16);
    const keys = await (await fetch(`${base}/api/portal-keys`)).text();
    expect(keys).toContain(`"id": "${keyId}"`);
    expect(keys).not.toContain("PRIVATE");
    const feed = await (await fetch(`${base}/kk/protocol/heads.xml`)).text();
    const signers = [...feed.matchAll(/<bq:keyId>([^<]*)<\/bq:keyId>/g)].map((k) => k[1]);
    expect(signers.length).toBeGreaterThan(0);
    expect(new Set(signers)).toEqual(new Set([keyId]));

    // Security headers (M6): a CSP with this response's nonce on every script Next.js wrote.
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self' wss://127.0.0.1:13579");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, "a nonce in script-src").toBeTruthy();
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    const html = await page.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "every script carries the nonce").toContain(`nonce="${nonce}"`);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(page.headers.get("permissions-policy")).toContain("camera=()");
    expect(page.headers.get("strict-transport-security")).toContain("max-age=");
    // A fresh nonce per response.
    const again = (await fetch(`${base}/kk`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
    // The API and Next's static files get the fixed headers too; next-auth's cookies are Secure.
    const api = await fetch(`${base}/api/auth/csrf`);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(api.headers.get("set-cookie") ?? "").toMatch(/__Host-next-auth\.csrf-token=[^;]+;.*Secure/i);
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset, "a static script").toBeTruthy();
    const file = await fetch(`${base}${asset}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});
