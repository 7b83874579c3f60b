import { describe, expect, it } from "vitest";
import { generateKeyPairSync } from "node:crypto";
import { DEMO_SECRET, productionProblems, type Env } from "@/lib/env";
import { configuredKeyProblem } from "@/lib/security/portal-key-material";

const safe: Env = {
  NODE_ENV: "production",
  BALABAQSHA_DEMO: "0",
  NEXTAUTH_SECRET: "a".repeat(32),
  TRUSTED_PROXY_HOPS: 1,
  SESSION_MAX_AGE: 3600,
  SMS_PROVIDER: "http",
  SMS_HTTP_URL: "https://sms.example/send",
  SMTP_URL: "smtps://portal:secret@smtp.example.kz:465",
  MAIL_FROM: "x",
  BALABAQSHA_TEST_MODE: "0",
  SUPPORT_PHONE: "+7",
  EDS_TRUST_DIR: "/etc/balabaqsha/nca-roots",
  NCALAYER_URL: "wss://127.0.0.1:13579",
  EDS_DEMO: "0",
  JOBS_ENABLED: "1",
  PORTAL_SIGNING_KEY_FILE: "/etc/balabaqsha/portal-key.pem",
};

describe("a production start refuses demo settings", () => {
  it("accepts proper settings, and anything in demo mode", () => {
    expect(productionProblems(safe, false)).toEqual([]);
    expect(
      productionProblems(
        { ...safe, BALABAQSHA_DEMO: "1", NEXTAUTH_SECRET: undefined, SMS_PROVIDER: "outbox" },
        true,
      ),
    ).toEqual([]);
  });

  it("names each offending setting", () => {
    const bad = productionProblems(
      {
        ...safe,
        NEXTAUTH_SECRET: undefined,
        SMS_PROVIDER: "outbox",
        SMTP_URL: undefined,
        BALABAQSHA_TEST_MODE: "1",
        EDS_DEMO: "1",
        EDS_TRUST_DIR: ".data/eds-test-pki/trust",
        PORTAL_SIGNING_KEY_FILE: undefined,
      },
      true,
    );
    expect(bad.map((p) => p.split(" ")[0])).toEqual([
      "NEXTAUTH_SECRET",
      "SMS_PROVIDER",
      "SMTP_URL",
      "BALABAQSHA_TEST_MODE=1",
      "EDS_DEMO=1",
      "EDS_TRUST_DIR",
      "PORTAL_SIGNING_KEY",
      "BALABAQSHA_NOW",
    ]);
  });

  it("refuses the e-mail outbox: SMTP_URL must name an SMTP server", () => {
    expect(productionProblems({ ...safe, SMTP_URL: undefined }, false)).toEqual([
      "SMTP_URL is not set (e-mail goes to the outbox, nothing is sent): set an SMTP server",
    ]);
    expect(productionProblems({ ...safe, SMTP_URL: "http://mail.example.kz" }, false)).toEqual([
      "SMTP_URL is not an smtp:// or smtps:// connection string",
    ]);
    expect(productionProblems({ ...safe, SMTP_URL: "smtp://mail.example.kz:587" }, false)).toEqual([]);
  });

  it("refuses the demo secret and a short one", () => {
    expect(productionProblems({ ...safe, NEXTAUTH_SECRET: DEMO_SECRET }, false)).toEqual([
      "NEXTAUTH_SECRET is the public demo value",
    ]);
    expect(productionProblems({ ...safe, NEXTAUTH_SECRET: "a".repeat(31) }, false)).toEqual([
      "NEXTAUTH_SECRET is shorter than 32 bytes",
    ]);
  });

  it("refuses a start without the portal's signing key (the operator's Ed25519 key, inline or as a file)", () => {
    const none = { ...safe, PORTAL_SIGNING_KEY_FILE: undefined };
    expect(productionProblems(none, false)).toEqual([
      "PORTAL_SIGNING_KEY is not set (nothing can sign the protocol's heads and the receipts): set the operator's Ed25519 key, or PORTAL_SIGNING_KEY_FILE",
    ]);
    expect(
      productionProblems({ ...none, PORTAL_SIGNING_KEY: "-----BEGIN PRIVATE KEY-----…" }, false),
    ).toEqual([]);
    expect(productionProblems({ ...none, BALABAQSHA_DEMO: "1" }, false)).toEqual([]);
  });

  it("a configured key must be a readable Ed25519 private key", () => {
    const pem = (type: "ed25519" | "x25519") =>
      generateKeyPairSync(type as "ed25519")
        .privateKey.export({ type: "pkcs8", format: "pem" })
        .toString();
    expect(configuredKeyProblem({})).toBeNull();
    expect(configuredKeyProblem({ PORTAL_SIGNING_KEY: pem("ed25519") })).toBeNull();
    expect(configuredKeyProblem({ PORTAL_SIGNING_KEY: pem("x25519") })).toMatch(
      /^PORTAL_SIGNING_KEY is not a usable Ed25519 private key \(PEM\): .*must be Ed25519, not x25519/,
    );
    expect(configuredKeyProblem({ PORTAL_SIGNING_KEY: "not a key" })).toMatch(
      /^PORTAL_SIGNING_KEY is not a usable/,
    );
    expect(configuredKeyProblem({ PORTAL_SIGNING_KEY_FILE: "/nonexistent/portal-key.pem" })).toMatch(
      /^PORTAL_SIGNING_KEY_FILE is not a usable .*ENOENT/,
    );
  });
});
