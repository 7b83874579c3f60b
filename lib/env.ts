import { z } from "zod";

// Every environment variable the app reads, validated once. Nothing else reads process.env
// (except lib/clock for BALABAQSHA_NOW).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Postgres connection string; scripts/start.mjs sets it to the embedded server when absent. */
  DATABASE_URL: z.string().url().optional(),
  /** Demo mode: on when `npm start` runs on the embedded default, or with BALABAQSHA_DEMO=1. */
  BALABAQSHA_DEMO: z.enum(["0", "1"]).default("0"),
  /** Secret of session cookies and code hashes: required (32+ bytes) out of demo mode. */
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Reverse proxies in front that append to X-Forwarded-For (0: none; lib/auth/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Session lifetime in seconds (default 8 hours). */
  SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
  /** "outbox" (demo, tests: codes land in a table shown on /demo/outbox) or "http" (a gateway). */
  SMS_PROVIDER: z.enum(["outbox", "http"]).default("outbox"),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  /** SMTP connection string; without it e-mail goes to the outbox too. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Balabaqsha <noreply@balabaqsha.local>"),
  /** Test mode lets e2e tests set the clock by a cookie. Never set it in production. */
  BALABAQSHA_TEST_MODE: z.enum(["0", "1"]).default("0"),
  SUPPORT_PHONE: z.string().default("+7 (7162) 72-00-00"),
  /** Folder of trusted root/intermediate CA certificates for EDS (production: the NCA's RSA roots; docs/EDS.md). */
  EDS_TRUST_DIR: z.string().min(1).default(".data/eds-trust"),
  /** Where the browser finds NCALayer (the demo's stand-in serves plain ws on 127.0.0.1). */
  NCALAYER_URL: z
    .string()
    .regex(/^wss?:\/\/\S+$/)
    .default("wss://127.0.0.1:13579"),
  /** "1": the NCALayer stand-in with test keys runs (scripts/start.mjs starts it) and the sign-in page says so. */
  EDS_DEMO: z.enum(["0", "1"]).default("0"),
  /** "0" keeps the pg-boss scheduler of background jobs (docs/JOBS.md) off in this server process. */
  JOBS_ENABLED: z.enum(["0", "1"]).default("1"),
  /** "1" makes the benchmark's floor route answer (app/api/bench-floor, issue 14); set by `npm run bench` only. */
  BENCH_FLOOR: z.enum(["0", "1"]).optional(),
  /** The portal's Ed25519 signing key (PEM, PKCS#8) that signs the protocol's heads and the receipts of
   * confirmations by code — required out of demo mode, here or as a file (docs/VERIFY.md). */
  PORTAL_SIGNING_KEY: z.string().optional(),
  PORTAL_SIGNING_KEY_FILE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

// The validated environment; throws a readable error naming the bad variables.
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  if (parsed.data.SMS_PROVIDER === "http" && !parsed.data.SMS_HTTP_URL) {
    throw new Error("Invalid environment: SMS_HTTP_URL is required when SMS_PROVIDER=http");
  }
  cached = parsed.data;
  return cached;
}

/** The public demo secret: used only in demo mode, refused anywhere else. */
export const DEMO_SECRET = "balabaqsha-demo-secret-change-me-in-production";

// True in demo mode: demo accounts, the SMS outbox page, the EDS stand-in, the test clock may exist.
export function isDemoMode(): boolean {
  return env().BALABAQSHA_DEMO === "1";
}

// The secret that signs sessions and hashes codes. Without NEXTAUTH_SECRET it is the public demo value:
// a server out of demo mode never starts without a real one (lib/startup-check.ts), so that value
// serves only the demo and `next build` (which renders pages but answers no one).
export function authSecret(): string {
  return env().NEXTAUTH_SECRET || DEMO_SECRET;
}

// True when SMS codes go to the outbox table and the demo page that lists them may exist.
export function isOutboxMode(): boolean {
  return isDemoMode() && env().SMS_PROVIDER === "outbox";
}

// True when e-mails go to the outbox table (demo mode without SMTP_URL; lib/mail/provider.ts).
export function isMailOutboxMode(): boolean {
  return isDemoMode() && !env().SMTP_URL;
}

// What makes this environment unsafe to serve outside demo mode: one line per offending setting
// (empty in demo mode). The server refuses to start while any is left (instrumentation.ts).
export function productionProblems(e: Env, clockFixed: boolean): string[] {
  if (e.BALABAQSHA_DEMO === "1") return [];
  const out: string[] = [];
  const secret = e.NEXTAUTH_SECRET ?? "";
  if (!secret) out.push("NEXTAUTH_SECRET is not set: set a random secret of at least 32 bytes");
  else if (secret === DEMO_SECRET) out.push("NEXTAUTH_SECRET is the public demo value");
  else if (Buffer.byteLength(secret) < 32) out.push("NEXTAUTH_SECRET is shorter than 32 bytes");
  if (e.SMS_PROVIDER === "outbox") out.push("SMS_PROVIDER is outbox (codes are not sent): set it to http");
  if (!e.SMTP_URL)
    out.push("SMTP_URL is not set (e-mail goes to the outbox, nothing is sent): set an SMTP server");
  else if (!/^smtps?:\/\/\S+$/.test(e.SMTP_URL))
    out.push("SMTP_URL is not an smtp:// or smtps:// connection string");
  if (e.BALABAQSHA_TEST_MODE === "1")
    out.push("BALABAQSHA_TEST_MODE=1 lets visitors move the clock: remove it");
  if (e.EDS_DEMO === "1") out.push("EDS_DEMO=1 trusts the test CA and runs the NCALayer stand-in: remove it");
  if (/eds-test-pki/.test(e.EDS_TRUST_DIR))
    out.push("EDS_TRUST_DIR points at the test CA: use the National CA's roots");
  if (!e.PORTAL_SIGNING_KEY && !e.PORTAL_SIGNING_KEY_FILE)
    out.push(
      "PORTAL_SIGNING_KEY is not set (nothing can sign the protocol's heads and the receipts): set the operator's Ed25519 key, or PORTAL_SIGNING_KEY_FILE",
    );
  if (clockFixed) out.push("BALABAQSHA_NOW fixes the clock: remove it");
  return out;
}
