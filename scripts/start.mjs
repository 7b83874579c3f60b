// `npm start`: one command from a fresh clone to a running portal.
// Embedded Postgres unless DATABASE_URL is set, migrations, demo data on first run, build if
// the sources changed, then `next start` on PORT (default 3000). `--dev` runs `next dev` instead.
import path from "node:path";
import { spawn } from "node:child_process";
import { buildIsCurrent, markBuilt } from "./lib/build-stamp.mjs";
import { ensureDatabase, ensurePrismaClient, migrateAndSeed, root } from "./lib/prepare.mjs";
import { run } from "./lib/run.mjs";
import { DEMO_SIGN_INS } from "./lib/demo-sign-ins.mjs";
import { serverNodeOptions } from "./lib/server-heap.mjs";

try {
  process.loadEnvFile(path.join(root, ".env")); // optional local overrides (see .env.example)
} catch {}

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const next = path.join(root, "node_modules", ".bin", "next");
const seedToday = process.env.BALABAQSHA_NOW ? process.env.BALABAQSHA_NOW.slice(0, 10) : undefined;
// Demo mode is one switch: on when the portal runs on the embedded default database (the two-command
// start on a bare machine), or with BALABAQSHA_DEMO=1; off otherwise. Only demo mode loads the demo
// data, lists SMS codes at /demo/outbox and runs the EDS stand-in; out of it the server refuses to start
// with demo or test settings (instrumentation.ts).
const demo =
  process.env.BALABAQSHA_DEMO === "1" || (!process.env.DATABASE_URL && process.env.BALABAQSHA_DEMO !== "0");
// EDS demo (docs/EDS.md): in demo mode, with SMS in the outbox, the NCALayer stand-in with test keys runs
// next to the portal, and the portal trusts the test CA. EDS_DEMO=0 turns it off.
const edsDemo = demo && (process.env.EDS_DEMO ?? (process.env.SMS_PROVIDER === "http" ? "0" : "1")) === "1";
const standinPort = Number(process.env.NCALAYER_STANDIN_PORT ?? 13579);
const edsPkiDir = path.resolve(root, process.env.EDS_TEST_PKI_DIR ?? path.join(".data", "eds-test-pki"));
let standin;

await ensurePrismaClient();
const db = await ensureDatabase();
let server;
const shutdown = async (code = 0) => {
  server?.kill("SIGTERM");
  standin?.kill("SIGTERM");
  await db.stop().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

try {
  await migrateAndSeed(db.url, { today: seedToday, seed: demo && process.env.BALABAQSHA_SEED !== "0" });
  const env = {
    ...process.env,
    BALABAQSHA_DEMO: demo ? "1" : "0",
    DATABASE_URL: db.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    ...(edsDemo
      ? {
          EDS_DEMO: "1",
          EDS_TRUST_DIR: process.env.EDS_TRUST_DIR ?? path.join(edsPkiDir, "trust"),
          NCALAYER_URL: process.env.NCALAYER_URL ?? `ws://127.0.0.1:${standinPort}`,
        }
      : {}),
  };
  if (edsDemo) {
    const args = [
      path.join(root, "scripts", "ncalayer-standin.ts"),
      "--dir",
      edsPkiDir,
      "--port",
      String(standinPort),
      ...(process.env.EDS_TEST_PKI_FRESH === "1" ? ["--fresh"] : []),
    ];
    standin = spawn(path.join(root, "node_modules", ".bin", "tsx"), args, {
      cwd: root,
      env,
      stdio: "inherit",
    });
    standin.on("exit", (code) => {
      if (code)
        console.warn(
          "The NCALayer stand-in stopped: EDS sign-in will not work in this demo (see docs/EDS.md).",
        );
    });
  }
  if (!dev && !buildIsCurrent(root)) {
    console.log("Building the portal (first start or changed sources)…");
    await run(next, ["build"], { cwd: root, env: { ...env, NODE_ENV: "production" } });
    markBuilt(root);
  }
  server = spawn(next, [dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env: dev ? env : { ...env, NODE_OPTIONS: serverNodeOptions(env) },
    stdio: "inherit",
  });
  server.on("exit", (code) => shutdown(code ?? 0));
  const sms =
    !demo || env.SMS_PROVIDER === "http"
      ? ""
      : `\n  Demo mode: SMS codes are listed at http://localhost:${port}/kk/demo/outbox`;
  const eds = edsDemo
    ? `\n  EDS demo: the NCALayer stand-in answers on ws://127.0.0.1:${standinPort}; choose its test key at http://127.0.0.1:${standinPort}/ (key password Qwerty12)`
    : "";
  const signIns = demo ? `\n\nDemo sign-ins:\n${DEMO_SIGN_INS}` : "";
  console.log(`\nBalabaqsha: http://localhost:${port}/kk${sms}${eds}${signIns}\n`);
} catch (e) {
  console.error(e);
  await shutdown(1);
}
