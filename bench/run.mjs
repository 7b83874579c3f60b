// `npm run bench`: the HTTP benchmark of issue 14 on the region `npm run bench:data` made. Builds the
// portal if the sources changed, starts the production server (`next start`) on that database with the
// floor route on (BENCH_FLOOR=1) and the clock at the data's "today", signs in virtual users of each role,
// drives each scenario with autocannon (16 connections, --duration seconds), runs the jobs over the
// region, and prints one table: req/s, p50, p99, errors, the ratio to the floor and each page's HTML size,
// with the server's peak memory. Writes bench/results/latest.json (not with --smoke).
//
//   npm run bench [-- --duration 8] [--connections 16] [--smoke] [--only floor,public-home] [--no-jobs]
// --smoke: 2 s per scenario at 4 connections, and exits 1 when any response is an error (npm test's smoke step).
// Database: DATABASE_URL, else the embedded one of bench:data (.data/bench/pg, database "bench").
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import PgBoss from "pg-boss";
import { buildIsCurrent, markBuilt } from "../scripts/lib/build-stamp.mjs";
import { databaseUrlFor, startEmbeddedPostgres } from "../scripts/lib/embedded-pg.mjs";
import { run } from "../scripts/lib/run.mjs";
import { BENCH_PASSWORD, benchDataDir, benchPort } from "./config.mjs";
import { serverNodeOptions } from "../scripts/lib/server-heap.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SMOKE = argv.includes("--smoke");
const DURATION = Number(arg("duration", SMOKE ? 2 : 8));
// The smoke checks that every scenario answers without an error, not the rates: 4 connections keep
// it from tripping on a loaded machine.
const CONNECTIONS = Number(arg("connections", SMOKE ? 4 : 16));
const PORT = Number(arg("port", process.env.BENCH_PORT ?? 3200));
const ONLY = arg("only", "").split(",").filter(Boolean);
// --profile: instead of the load, each page scenario's cost one request at a time: its latency and the
// statements it sends to the database with their time (pg_stat_statements), to find what costs.
const PROFILE = argv.includes("--profile");
const SECRET = "bench-secret-of-at-least-thirty-two-bytes-0123456789";
const COOKIE = "next-auth.session-token";
const base = `http://127.0.0.1:${PORT}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The sum of the resident memory of a process and its descendants (MB), from /proc.
function treeRssMb(pid) {
  const children = new Map();
  for (const p of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {}
  }
  let kb = 0;
  const walk = (p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {}
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return kb / 1024;
}

async function main() {
  let stopDb = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.join(benchDataDir(root), "pg");
    if (!fs.existsSync(path.join(dir, "PG_VERSION")))
      throw new Error("No bench data: run `npm run bench:data` first.");
    const server = await startEmbeddedPostgres({
      dataDir: dir,
      port: benchPort(),
      settings: PROFILE
        ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"]
        : [],
    });
    stopDb = server.stop;
    url = databaseUrlFor(server.url, "bench");
  }
  const db = new pg.Client({ connectionString: url });
  let server;
  try {
    await db.connect();
    const { rows: meta } = await db.query(
      `SELECT after FROM "AuditLog" WHERE action = 'bench.data' ORDER BY id DESC LIMIT 1`,
    );
    if (!meta.length) throw new Error("This database holds no bench data: run `npm run bench:data` first.");
    const data = meta[0].after;
    const clock = `${data.today}T10:00:00+05:00`;
    console.log(
      `Bench data: scale ${data.scale}, today ${data.today}; ${DURATION} s × ${CONNECTIONS} connections`,
    );

    const env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      BALABAQSHA_DEMO: "1",
      SMS_PROVIDER: "outbox",
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      BALABAQSHA_NOW: clock,
      JOBS_ENABLED: "0",
      BENCH_FLOOR: "1",
      EDS_DEMO: "0",
      PORT: String(PORT),
    };
    if (!buildIsCurrent(root)) {
      console.log("Building the portal (changed sources)…");
      await run(bin("next"), ["build"], { cwd: root, env });
      markBuilt(root);
    }
    // The protocol of the data's "today" is published (18:00) before the public pages are read.
    const jobsFirst = await runJobs(url, data.today, ["publish-protocol"]);

    const main = await startServer(env, PORT);
    server = main.proc;
    const serverLog = main.log;
    let peakRss = 0;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, treeRssMb(server.pid))), 200);

    const users = await virtualUsers(db, data);
    const wanted = (s) => !ONLY.length || ONLY.includes(s.name);
    const scenarios = [...makeScenarios(users, data), ...(await mutationScenarios(db, data, wanted))].filter(
      wanted,
    );
    if (PROFILE) {
      await profile(db, scenarios);
      return 0;
    }
    const results = [];
    let floor = null;
    for (const s of scenarios) {
      await settle();
      const r = await drive(s);
      if (s.name === "floor") floor = r;
      r.ratio = floor ? r.rps / floor.rps : null;
      results.push(r);
      console.log(
        `  ${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}`,
      );
    }
    clearInterval(rssTimer);
    const jobs = argv.includes("--no-jobs") || ONLY.length ? jobsFirst : await runJobs(url, data.today);
    server.kill("SIGTERM");
    const two = ONLY.length ? null : await twoInstances(env, url);

    printTable(results, jobs, peakRss, data);
    if (two) console.log(`\nTwo instances: ${JSON.stringify(two)}`);
    const failed = results.filter((r) => r.errors > 0);
    if (two && !two.ok) failed.push({ name: "two instances", errors: 1, statuses: JSON.stringify(two) });
    if (!SMOKE) {
      // A run of some scenarios (--only) does not replace the full run's figures.
      const file = ONLY.length ? "partial.json" : "latest.json";
      const out = {
        measuredAt: new Date().toISOString(),
        machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
        settings: { connections: CONNECTIONS, durationS: DURATION, clock },
        floor: floor ? { rps: round(floor.rps), p50: floor.p50, p99: floor.p99 } : null,
        scenarios: results.map((r) => ({
          name: r.name,
          rps: round(r.rps),
          p50: r.p50,
          p99: r.p99,
          errors: r.errors,
          ratio: r.ratio === null ? null : round(r.ratio, 3),
          ...(r.note ? { note: r.note, exact: r.exact } : {}),
          htmlBytes: r.htmlBytes,
        })),
        jobs,
        twoInstances: two,
        peakRssMb: Math.round(peakRss),
        data: { scale: data.scale, seed: data.seed, today: data.today, ...data.counts },
      };
      fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
      fs.writeFileSync(path.join(root, "bench", "results", file), `${JSON.stringify(out, null, 2)}\n`);
      console.log(`\nWrote bench/results/${file}`);
    }
    if (failed.length) {
      console.error(`\nErrors in: ${failed.map((r) => `${r.name} (${r.errors}: ${r.statuses})`).join(", ")}`);
      if (serverLog.length) console.error(`\nLast server output:\n${serverLog.slice(-30).join("")}`);
      return 1;
    }
    return 0;
  } finally {
    server?.kill("SIGTERM");
    await db.end().catch(() => {});
    await stopDb();
  }
}

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// Waits until the server has finished the previous scenario's requests (autocannon stops sending, the
// server goes on with what it holds): three floor requests in a row under 100 ms, or 60 s. Without it a
// slow scenario's backlog was measured as the next one's latency.
async function settle() {
  const deadline = Date.now() + 60_000;
  let fast = 0;
  while (fast < 3 && Date.now() < deadline) {
    const t0 = performance.now();
    await fetch(`${base}/api/bench-floor`).then((r) => r.arrayBuffer());
    fast = performance.now() - t0 < 100 ? fast + 1 : 0;
    if (fast < 3) await sleep(fast ? 20 : 250);
  }
}

// Starts `next start` on a port and waits until it answers; the process and the tail of its output.
async function startServer(env, port) {
  // --cpu-prof <dir> (with --profile): the server writes a CPU profile there when it stops.
  const cpu =
    PROFILE && arg("cpu-prof") ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(arg("cpu-prof"))}`] : [];
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const proc = spawn(process.execPath, [...cpu, next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // the heap limit `npm start` gives the production server (scripts/lib/server-heap.mjs)
    env: { ...env, PORT: String(port), NODE_OPTIONS: serverNodeOptions(env) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = [];
  for (const s of [proc.stdout, proc.stderr])
    s.on("data", (d) => {
      log.push(String(d));
      if (log.length > 200) log.shift();
    });
  let exited = false;
  proc.on("exit", () => (exited = true));
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`the server stopped:\n${log.join("")}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/bench-floor`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error(`the server did not answer in 60 s:\n${log.join("")}`);
    await sleep(100);
  }
  const exit = new Promise((r) => (exited ? r() : proc.on("exit", r)));
  return { proc, log, stop: () => (proc.kill("SIGTERM"), exit) };
}

// One request at a time per page scenario (after two to warm up): its mean latency, and per request the
// statements sent to the database, their time, and the three that cost most (bench/results/profile.json).
async function profile(db, scenarios) {
  const N = Number(arg("requests", 10));
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const out = [];
  for (const s of scenarios) {
    // A mutation sends its own requests in turn (a different group or parent each), a page the same one.
    if (s.expect !== undefined) s.variants ??= await s.prepare(s);
    let turn = 0;
    const get = () => {
      const v = s.variants[turn++ % s.variants.length];
      return s.expect !== undefined
        ? fetch(`${base}${v.path}`, { method: v.method, headers: v.headers, body: v.body })
        : fetch(`${base}${v.path}`, { headers: v.cookie ? { Cookie: v.cookie } : {} });
    };
    for (let i = 0; i < 2; i++) await (await get()).arrayBuffer();
    await db.query("SELECT pg_stat_statements_reset()");
    const t0 = performance.now();
    let bytes = 0;
    let body = null;
    for (let i = 0; i < N; i++) bytes = (body = Buffer.from(await (await get()).arrayBuffer())).byteLength;
    // --html <dir>: each page's last answer kept there, to see what its bytes are
    if (arg("html")) {
      fs.mkdirSync(arg("html"), { recursive: true });
      fs.writeFileSync(path.join(arg("html"), `${s.name.replace(/[^a-z]+/gi, "-")}.html`), body);
    }
    const ms = (performance.now() - t0) / N;
    const { rows } = await db.query(
      `SELECT calls::int, total_exec_time AS t, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q
       FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC`,
    );
    const r = {
      name: s.name,
      ms: round(ms),
      kb: round(bytes / 1024),
      statements: round(rows.reduce((a, x) => a + x.calls, 0) / N),
      dbMs: round(rows.reduce((a, x) => a + x.t, 0) / N),
      top: rows.slice(0, 3).map((x) => ({ ms: round(x.t / N), calls: round(x.calls / N), q: x.q })),
      mostCalled: [...rows]
        .sort((a, b) => b.calls - a.calls)
        .slice(0, 5)
        .map((x) => ({ calls: round(x.calls / N), q: x.q })),
    };
    out.push(r);
    console.log(
      `  ${r.name.padEnd(36)} ${String(r.ms).padStart(7)} ms ${String(r.kb).padStart(6)} KB  ${String(r.statements).padStart(5)} statements  ${String(r.dbMs).padStart(7)} ms in the database`,
    );
    for (const x of r.top) console.log(`      ${String(x.ms).padStart(7)} ms ×${x.calls}  ${x.q}`);
    for (const x of r.mostCalled) console.log(`      ×${x.calls}  ${x.q}`);
  }
  fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench", "results", "profile.json"), `${JSON.stringify(out, null, 2)}\n`);
}

// Two app processes on one database, both with the job scheduler on (docs/SCALING.md): a session signed
// in on one is honoured by the other; the public home driven on both at once (8 connections each); and
// every job sent once to pg-boss runs exactly once, whichever process takes it, with one schedule each.
async function twoInstances(env, url) {
  const both = { ...env, JOBS_ENABLED: "1" };
  const [a, b] = [await startServer(both, PORT + 1), await startServer(both, PORT + 2)];
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", supervise: false, schedule: false });
  try {
    const at = (srv) => `http://127.0.0.1:${srv === a ? PORT + 1 : PORT + 2}`;
    // A session from a real sign-in on A, used on B.
    const cookie = await passwordSignIn("k1.director", at(a));
    const onB = await fetch(`${at(b)}/kk/kindergarten`, {
      headers: { Cookie: cookie ?? "" },
      redirect: "manual",
    });
    const sessionsShared = !!cookie && onB.status === 200;
    // The home page on both at once.
    const load = (srv) =>
      autocannon({ url: `${at(srv)}/kk`, connections: Math.max(1, CONNECTIONS / 2), duration: DURATION });
    const [ra, rb] = await Promise.all([load(a), load(b)]);
    // Each job once.
    await boss.start();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows: names } = await db.query(`SELECT name FROM pgboss.queue ORDER BY name`);
      const sent = [];
      for (const { name } of names) sent.push({ name, id: await boss.send(name, {}) });
      let done = [];
      for (let i = 0; i < 600; i++) {
        ({ rows: done } = await db.query(
          `SELECT name, count(*)::int AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed' GROUP BY name`,
          [sent.map((s) => s.id)],
        ));
        if (done.length === sent.length) break;
        await sleep(200);
      }
      const { rows: schedules } = await db.query(
        `SELECT name, count(*)::int AS n FROM pgboss.schedule GROUP BY name`,
      );
      const { rows: byName } = await db.query(
        `SELECT name, count(*)::int AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) GROUP BY name`,
        [sent.map((s) => s.id)],
      );
      const jobsOnce = done.length === sent.length && byName.every((r) => r.n === 1);
      const oneSchedule = schedules.every((r) => r.n === 1);
      return {
        ok: sessionsShared && jobsOnce && oneSchedule && ra.non2xx + rb.non2xx + ra.errors + rb.errors === 0,
        sessionsShared,
        jobsSent: sent.length,
        jobsCompletedOnce: done.filter((r) => r.n === 1).length,
        schedules: schedules.length,
        homeRps: round(ra.requests.average + rb.requests.average),
        homeP99: Math.max(ra.latency.p99, rb.latency.p99),
      };
    } finally {
      await db.end();
    }
  } finally {
    await boss.stop({ graceful: false }).catch(() => {});
    await Promise.all([a.stop(), b.stop()]);
  }
}

// The jobs over the region, timed in one process (bench/jobs.mts).
async function runJobs(url, today, only = []) {
  const child = spawn(
    bin("tsx"),
    ["--conditions=react-server", path.join(root, "bench", "jobs.mts"), "--today", today, ...only],
    { cwd: root, env: { ...process.env, DATABASE_URL: url, BALABAQSHA_DEMO: "1", SMS_PROVIDER: "outbox" } },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise((r) => child.on("exit", r));
  if (code !== 0) throw new Error(`bench/jobs.mts failed (${code}):\n${err}`);
  return JSON.parse(out.trim().split("\n").pop()).map((j) => ({ name: j.name, ms: j.ms }));
}

// A signed session cookie, as next-auth makes it at sign-in (lib/auth/options.ts: uid, aud, sv).
async function sessionCookie(userId, audience, sessionVersion) {
  const token = await encode({
    token: { uid: userId, aud: audience, sv: sessionVersion, sub: userId },
    secret: SECRET,
    maxAge: 8 * 60 * 60,
  });
  // A browser that has opened a page carries the locale cookie next-intl's middleware sets; without it
  // the middleware sets it on every response, and an action that meets a set cookie renders its page
  // again in the answer (30 KB and the page's queries for a mark of 100 bytes).
  return `${COOKIE}=${token}; NEXT_LOCALE=kk`;
}

// A real sign-in by login and password (the generated staff's bench password), through next-auth.
async function passwordSignIn(login, origin = base) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${origin}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, login, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  return session ? session.split(";")[0] : null;
}

// 16 users of each role, spread over the region; sessions are minted like next-auth's (one staff member
// signs in for real first, to show the generated credentials work).
async function virtualUsers(db, data) {
  const N = 16;
  const K = data.counts.Organization - 1 - (data.counts.Territory - 2); // kindergartens
  const C = data.counts.Enrolment;
  const spread = (n, i) => 1 + Math.floor((i * n) / N);
  const real = await passwordSignIn("k1.director");
  if (!real) throw new Error("the password sign-in of k1.director failed");
  const byLogin = async (logins) => {
    const { rows } = await db.query(`SELECT id, login, "sessionVersion" FROM "User" WHERE login = ANY($1)`, [
      logins,
    ]);
    return logins.map((l) => rows.find((r) => r.login === l)).filter(Boolean);
  };
  const parents = [];
  for (let i = 0; i < N; i++) {
    let c = spread(C, i);
    if (c % 24 === 0) c++;
    const { rows } = await db.query(`SELECT id, "sessionVersion" FROM "User" WHERE id = $1`, [`bu-bp${c}`]);
    if (rows[0])
      parents.push({
        cookie: await sessionCookie(rows[0].id, "parent", rows[0].sessionVersion),
        child: `bc${c}`,
      });
  }
  const educators = [];
  for (let i = 0; i < N; i++) {
    const k = spread(K, i);
    const j = 1 + (i % 14);
    const [u] = await byLogin([`k${k}.edu${j}`]);
    if (u)
      educators.push({
        cookie: await sessionCookie(u.id, "staff", u.sessionVersion),
        group: `bg${(k - 1) * 14 + j}`,
      });
  }
  const directors = await byLogin(Array.from({ length: N }, (_, i) => `k${spread(K, i)}.director`));
  const districts = data.counts.Territory - 2;
  const officers = await byLogin(Array.from({ length: Math.min(N, districts) }, (_, i) => `d${i + 1}.1`));
  const regionHead = await byLogin(["region.1"]);
  const staff = async (list) =>
    Promise.all(list.map(async (u) => ({ cookie: await sessionCookie(u.id, "staff", u.sessionVersion) })));
  return {
    parents,
    educators,
    directors: [{ cookie: `${real}; NEXT_LOCALE=kk` }, ...(await staff(directors))],
    officers: await staff(officers),
    regionHead: await staff(regionHead),
  };
}

// The scenarios of issue 14: each a list of (path, cookie) variants that requests go through in turn.
function makeScenarios(users, data) {
  const [y, m] = data.today.split("-").map(Number);
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  const anon = (p) => [{ path: p }];
  const as = (list, p) => list.map((u) => ({ path: typeof p === "function" ? p(u) : p, cookie: u.cookie }));
  return [
    { name: "floor", variants: anon("/api/bench-floor") },
    { name: "public: instructions", variants: anon("/kk/instructions") },
    { name: "public: home", variants: anon("/kk") },
    { name: "public: places", variants: anon("/kk/places") },
    { name: "public: protocol", variants: anon("/kk/protocol") },
    { name: "parent: cabinet", variants: as(users.parents, "/kk/cabinet") },
    {
      name: "parent: timesheet",
      variants: as(users.parents, (u) => `/kk/cabinet/timesheet?child=${u.child}&month=${prev}`),
    },
    {
      name: "educator: month grid",
      variants: as(users.educators, (u) => `/kk/kindergarten/groups/${u.group}/attendance?month=${prev}`),
    },
    { name: "kindergarten: contingent", variants: as(users.directors, "/kk/kindergarten/contingent") },
    { name: "officer: authority home", variants: as(users.officers, "/kk/authority") },
    {
      name: "officer: attendance report",
      variants: as(users.officers, `/kk/authority/reports/attendance?from=${prev}&to=${prev}`),
    },
    {
      name: "officer: attendance XLSX",
      variants: as(
        users.officers,
        `/kk/authority/reports/attendance/export?format=xlsx&from=${prev}&to=${prev}`,
      ),
      download: true,
    },
    { name: "officer: vouchers", variants: as(users.officers, "/kk/authority/vouchers") },
    // "Read by X of Y": the region's announcement to everyone, as its author's organisation sees it.
    {
      name: "region: announcement readers",
      variants: as(users.regionHead, "/kk/authority/announcements/ba1"),
    },
  ];
}

// The server actions' ids, from the build's manifest: "file#exportedName" → id.
function actionIds() {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  );
  const ids = new Map();
  for (const [id, entry] of Object.entries(manifest.node))
    ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

// A request that calls a server action as the browser does: POST to a page that uses it, the action's id
// in Next-Action, the arguments encoded as React's encodeReply does — JSON for plain values; for a form
// action (prevState, formData) a multipart body whose part "0" is [null, "$K1"] and whose fields are
// "_1_<name>" (the FormData's entries under its part number).
function actionRequest(id, pagePath, cookie, args) {
  const headers = { "Next-Action": id, Accept: "text/x-component", Origin: base, Cookie: cookie };
  if (!args.form)
    return {
      path: pagePath,
      method: "POST",
      body: JSON.stringify([args.json]),
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
    };
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const part = (name, value) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body =
    Object.entries(args.form)
      .map(([k, v]) => part(`_1_${k}`, v))
      .join("") +
    part("0", '[null,"$K1"]') +
    `--${boundary}--\r\n`;
  return {
    path: pagePath,
    method: "POST",
    body,
    headers: { ...headers, "Content-Type": `multipart/form-data; boundary=${boundary}` },
  };
}

// Sends one request of a variant (fetch), returning status and text.
async function send(v) {
  const res = await fetch(`${base}${v.path}`, {
    method: v.method ?? "GET",
    headers: v.headers ?? (v.cookie ? { Cookie: v.cookie } : {}),
    body: v.body,
    redirect: "manual",
  });
  return { status: res.status, text: await res.text(), location: res.headers.get("location") };
}

// The mutations of issue 14, each a list of single-use or repeatable requests: an educator marking one
// child today, an educator marking a whole group's day ("everyone present", a different group each
// request), a parent confirming last month by one-time code (a different child each request: the code is
// requested and read from the SMS outbox beforehand, as the parent reads it from the phone).
async function mutationScenarios(db, data, wanted) {
  const ids = actionIds();
  const id = (file, name) => {
    const v = ids.get(`${file}#${name}`);
    if (!v) throw new Error(`no server action ${file}#${name} in the build`);
    return v;
  };
  const out = [];
  const N = SMOKE ? 40 : 1200;
  // Groups spread over the region, each with one of its educators.
  const { rows: groups } = await db.query(
    `SELECT DISTINCT ON (ge."groupId") ge."groupId" AS "groupId", u.id AS "userId", u."sessionVersion" AS sv
     FROM "GroupEducator" ge JOIN "User" u ON u."personId" = ge."personId"
     WHERE NOT EXISTS (SELECT 1 FROM "AttendanceMark" m WHERE m."groupId" = ge."groupId" AND m.date = $1::date)
     ORDER BY ge."groupId", u.id`,
    [data.today],
  );
  groups.sort((a, b) => (hashOf(a.groupId) < hashOf(b.groupId) ? -1 : 1));
  const mark = id("lib/attendance/actions.ts", "markAttendanceAction");
  const markAll = id("lib/attendance/actions.ts", "markAllPresentAction");
  if (wanted({ name: "educator: mark a child" })) {
    const some = groups.slice(0, 16);
    const { rows: kids } = await db.query(
      `SELECT "groupId", "childId" FROM "Enrolment" WHERE "groupId" = ANY($1) AND "endsOn" IS NULL ORDER BY "childId"`,
      [some.map((g) => g.groupId)],
    );
    const cookieOf = new Map();
    for (const g of some) cookieOf.set(g.groupId, await sessionCookie(g.userId, "staff", g.sv));
    out.push({
      name: "educator: mark a child",
      expect: '"ok":true',
      variants: kids.map((k, i) =>
        actionRequest(mark, `/kk/kindergarten/groups/${k.groupId}/attendance`, cookieOf.get(k.groupId), {
          json: {
            groupId: k.groupId,
            childId: k.childId,
            date: data.today,
            status: i % 7 ? "PRESENT" : "ABSENT",
            reason: i % 7 ? null : "FAMILY",
          },
        }),
      ),
    });
  }
  if (wanted({ name: "educator: everyone present" })) {
    const rest = groups.slice(16, 16 + N);
    out.push({
      name: "educator: everyone present",
      expect: '"ok":true',
      once: true,
      variants: await Promise.all(
        rest.map(async (g) =>
          actionRequest(
            markAll,
            `/kk/kindergarten/groups/${g.groupId}/attendance`,
            await sessionCookie(g.userId, "staff", g.sv),
            {
              json: { groupId: g.groupId, date: data.today },
            },
          ),
        ),
      ),
    });
  }
  // Prepared when its turn comes (the codes are valid for minutes; the page scenarios see the data as made).
  const confirmByCode = async () => {
    const [y, m] = data.today.split("-").map(Number);
    const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    const { rows: sheets } = await db.query(
      `SELECT t."childId", t."organizationId", u.id AS "userId", u."sessionVersion" AS sv
       FROM "Timesheet" t JOIN "LegalRepresentative" r ON r."childId" = t."childId" AND r.status = 'VERIFIED'
       JOIN "User" u ON u."personId" = r."representativeId"
       WHERE t.year = $1 AND t.month = $2 AND t.status = 'OPEN'
       ORDER BY md5(t.id) LIMIT $3`,
      [py, pm, SMOKE ? 8 : 400],
    );
    const request = id("lib/timesheet/actions.ts", "requestConfirmationCodeAction");
    const confirm = id("lib/timesheet/actions.ts", "confirmWithCodeAction");
    const variants = [];
    process.stdout.write(`  preparing ${sheets.length} confirmations (code by SMS)…`);
    for (const sh of sheets) {
      const cookie = await sessionCookie(sh.userId, "parent", sh.sv);
      const page = `/kk/cabinet/timesheet?child=${sh.childId}&month=${py}-${String(pm).padStart(2, "0")}`;
      const ref = { childId: sh.childId, organizationId: sh.organizationId, year: py, month: pm };
      const r = await send(actionRequest(request, page, cookie, { form: ref }));
      const hash = /"hash":"([0-9a-f]{64})"/.exec(r.text)?.[1];
      if (!hash)
        throw new Error(`requesting a code for ${sh.childId} answered ${r.status}: ${r.text.slice(0, 300)}`);
      const { rows: sms } = await db.query(
        `SELECT body FROM "OutboxMessage" WHERE channel = 'SMS' ORDER BY "createdAt" DESC LIMIT 1`,
      );
      const code = /\b(\d{6})\b/.exec(sms[0]?.body ?? "")?.[1];
      if (!code) throw new Error("no confirmation code in the SMS outbox");
      variants.push(actionRequest(confirm, page, cookie, { form: { ...ref, hash, code } }));
    }
    console.log(" done");
    return variants;
  };
  out.push({ name: "parent: confirm by code", expect: '"ok":true', once: true, prepare: confirmByCode });
  out.push({
    name: "parents: claim storm",
    expect: "", // a refusal is an answer; errors are non-2xx and timeouts
    once: true,
    prepare: (s) => claimStorm(db, data, id, s),
  });
  return out;
}

// The claim storm of the summer recruitment: PARENTS parents (verified representatives of waiting
// applications without a live voucher) press "Take this place" at once on PLACES general-access places of
// their district and birth year — the places are made so in the data beforehand, shared out over the
// (district, birth year) pairs of those parents in proportion. Each request is one parent's claim of one of
// their pair's places; refusals ("taken meanwhile") are answers, not errors. `verify` then checks the
// outcome is exact: one referral per place, at most one per application.
async function claimStorm(db, data, id, scenario) {
  const PARENTS = SMOKE ? 60 : 2000;
  const PLACES = SMOKE ? 9 : 300;
  const { rows: apps } = await db.query(
    `SELECT DISTINCT ON (a.id) a.id, a."territoryId" AS t, a."birthYear" AS y, u.id AS "userId", u."sessionVersion" AS sv
     FROM "QueueApplication" a
     JOIN "LegalRepresentative" r ON r."childId" = a."childId" AND r.status = 'VERIFIED'
     JOIN "User" u ON u."personId" = r."representativeId"
     WHERE a.status = 'WAITING' AND (a."stopListUntil" IS NULL OR a."stopListUntil" < now())
       AND NOT EXISTS (SELECT 1 FROM "Voucher" v WHERE v."applicationId" = a.id AND v.status IN ('ISSUED', 'ACCEPTED', 'ACTIVE'))
       AND NOT EXISTS (SELECT 1 FROM "Referral" f WHERE f."applicationId" = a.id AND f.status = 'ISSUED')
     ORDER BY a.id, u.id`,
  );
  apps.sort((a, b) => hashOf(a.id) - hashOf(b.id));
  const chosen = apps.slice(0, PARENTS);
  // The places of each (district, birth year) pair: in proportion to its parents (largest remainders).
  const pairs = new Map();
  for (const a of chosen) pairs.set(`${a.t}|${a.y}`, [...(pairs.get(`${a.t}|${a.y}`) ?? []), a]);
  const share = [...pairs].map(([key, list]) => ({
    key,
    list,
    exact: (PLACES * list.length) / chosen.length,
  }));
  for (const p of share) p.n = Math.min(p.list.length, Math.floor(p.exact));
  let left = PLACES - share.reduce((n, p) => n + p.n, 0);
  for (const p of [...share].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact))))
    if (left > 0 && p.n < p.list.length) {
      p.n++;
      left--;
    }
  const placesOf = new Map();
  const used = []; // a place goes to one pair only (pairs of one district draw from the same places)
  for (const p of share) {
    if (!p.n) continue;
    const [t, y] = p.key.split("|");
    const { rows } = await db.query(
      `UPDATE "Place" SET status = 'GENERAL', "birthYear" = $3, "generalFrom" = now(), version = version + 1
       WHERE id IN (SELECT pl.id FROM "Place" pl JOIN "Organization" o ON o.id = pl."organizationId"
                    WHERE o."territoryId" = $1 AND pl.status IN ('PRIORITY', 'GENERAL') AND NOT (pl.id = ANY($4))
                    ORDER BY md5(pl.id) LIMIT $2)
       RETURNING id`,
      [t, p.n, Number(y), used],
    );
    placesOf.set(
      p.key,
      rows.map((r) => r.id),
    );
    used.push(...rows.map((r) => r.id));
  }
  const placeIds = [...placesOf.values()].flat();
  const claim = id("lib/queue/places/actions.ts", "claimPlaceAction");
  // The parents of a pair take its places in turn, so every place has a claimant (a pair has at least as
  // many parents as places); a hash of the parent left a place unclaimed now and then.
  const turn = new Map();
  const variants = await Promise.all(
    chosen
      .filter((a) => placesOf.get(`${a.t}|${a.y}`)?.length)
      .map(async (a) => {
        const key = `${a.t}|${a.y}`;
        const mine = placesOf.get(key);
        const k = turn.get(key) ?? 0;
        turn.set(key, k + 1);
        return actionRequest(claim, "/kk/places", await sessionCookie(a.userId, "parent", a.sv), {
          form: { placeId: mine[k % mine.length], applicationId: a.id },
        });
      }),
  );
  const appIds = chosen.map((a) => a.id);
  // Referrals those places had before (a place returned to the queue keeps its old ones).
  const { rows: before } = await db.query(`SELECT id FROM "Referral" WHERE "placeId" = ANY($1)`, [placeIds]);
  scenario.verify = async () => {
    const { rows } = await db.query(
      `SELECT count(*)::int AS referrals, count(DISTINCT "placeId")::int AS places, count(DISTINCT "applicationId")::int AS apps,
           count(*) FILTER (WHERE NOT ("applicationId" = ANY($2)))::int AS strangers
         FROM "Referral" WHERE "placeId" = ANY($1) AND NOT (id = ANY($3))`,
      [placeIds, appIds, before.map((r) => r.id)],
    );
    const r = rows[0];
    const exact =
      r.referrals === placeIds.length &&
      r.places === placeIds.length &&
      r.apps === r.referrals &&
      r.strangers === 0;
    return {
      exact,
      note: `${variants.length} parents, ${placeIds.length} places → ${r.referrals} referrals (${r.places} places, ${r.apps} applications)`,
    };
  };
  return variants;
}

// A stable pseudo-random order (the groups of the scenarios spread over the region).
function hashOf(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

// One scenario: each variant once (warm-up, size, status), then autocannon for DURATION seconds. A
// mutation's variants are requests of their own (method, body, headers) whose answer must contain
// `expect`; single-use ones (`once`) are not warmed up and are each sent exactly once.
async function drive(s) {
  if (s.expect !== undefined) return driveMutation(s);
  let htmlBytes = null;
  for (const v of s.variants) {
    const res = await fetch(`${base}${v.path}`, {
      headers: v.cookie ? { Cookie: v.cookie } : {},
      redirect: "manual",
    });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200)
      throw new Error(`${s.name}: ${v.path} answered ${res.status} (${res.headers.get("location") ?? ""})`);
    htmlBytes ??= body.length;
  }
  let i = 0;
  const statuses = {};
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const v = s.variants[i++ % s.variants.length];
          return {
            ...req,
            path: v.path,
            headers: { ...req.headers, ...(v.cookie ? { cookie: v.cookie } : {}) },
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    name: s.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses: JSON.stringify(statuses),
    htmlBytes: s.download ? null : htmlBytes,
    downloadBytes: s.download ? htmlBytes : undefined,
  };
}

async function driveMutation(s) {
  s.variants ??= await s.prepare(s);
  if (s.variants.length === 0) throw new Error(`${s.name}: the data has nothing left to do it on`);
  if (!s.once) {
    const r = await send(s.variants[0]);
    if (r.status !== 200 || !r.text.includes(s.expect))
      throw new Error(`${s.name}: answered ${r.status}: ${r.text.slice(0, 300)}`);
  }
  let i = 0;
  let refused = 0;
  const statuses = {};
  const messages = {};
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    ...(s.once ? { amount: s.variants.length } : { duration: DURATION }),
    requests: [
      {
        setupRequest: (req) => {
          const v = s.variants[i++ % s.variants.length];
          return {
            ...req,
            method: v.method,
            path: v.path,
            body: v.body,
            headers: { ...req.headers, ...v.headers },
          };
        },
        onResponse: (status, body) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const text = String(body);
          // An answer that is not ok names its message: a refusal ("taken meanwhile") is an answer, a
          // server error (errors.internal) is an error wherever it appears.
          const message = text.includes('"ok":false') ? /"message":"([^"]+)"/.exec(text)?.[1] : undefined;
          if (message) messages[message] = (messages[message] ?? 0) + 1;
          if (status === 200 && ((s.expect && !text.includes(s.expect)) || message === "errors.internal"))
            refused++;
        },
      },
    ],
  });
  if (Object.keys(messages).length) console.log(`  ${s.name}: answers not ok: ${JSON.stringify(messages)}`);
  const check = s.verify ? await s.verify() : null;
  if (check) console.log(`  ${s.name}: ${check.note}${check.exact ? "" : " — NOT EXACT"}`);
  return {
    name: s.name,
    ...(check ? { note: check.note, exact: check.exact } : {}),
    // A single-use run may last less than autocannon's one-second samples: the rate is total / time.
    rps: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + refused + (check && !check.exact ? 1 : 0),
    statuses: JSON.stringify({ ...statuses, refused, ...messages }),
    requests: result.requests.total,
    htmlBytes: null,
  };
}

function printTable(results, jobs, peakRss, data) {
  const kb = (b) => (b === null || b === undefined ? "—" : `${(b / 1024).toFixed(1)} KB`);
  console.log(`\n| scenario | req/s | p50 ms | p99 ms | errors | of the floor | HTML |`);
  console.log(`|---|---|---|---|---|---|---|`);
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ratio === null ? "—" : `${(r.ratio * 100).toFixed(0)} %`} | ${kb(r.htmlBytes ?? r.downloadBytes)} |`,
    );
  console.log(`\n| job | ms |\n|---|---|`);
  for (const j of jobs) console.log(`| ${j.name} | ${j.ms} |`);
  console.log(
    `\nServer peak RSS: ${peakRss.toFixed(0)} MB. Data: scale ${data.scale}, ${JSON.stringify(data.counts)}`,
  );
}

// The exit code says whether any response was an error (the embedded server's shutdown may not keep
// process.exitCode, so exit explicitly).
main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
