import { z } from "zod";

// Every environment variable the app reads, validated once. Nothing else reads process.env
// (except lib/clock for BALABAQSHA_NOW).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Postgres connection string; scripts/start.mjs sets it to the embedded server when absent. */
  DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).default("balabaqsha-demo-secret-change-me-in-production"),
  NEXTAUTH_URL: z.string().url().optional(),
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

// True when SMS codes go to the outbox table (the demo-mode page exists only then).
export function isOutboxMode(): boolean {
  return env().SMS_PROVIDER === "outbox";
}
