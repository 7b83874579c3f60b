import { describe, expect, it } from "vitest";
import { DEMO_SECRET, productionProblems, type Env } from "@/lib/env";

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
});
