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
import { buildIsCurrent, markBuilt } from "../scripts/lib/build-stamp.mjs";
import { databaseUrlFor, startEmbeddedPostgres } from "../scripts/lib/embedded-pg.mjs";
import { run } from "../scripts/lib/run.mjs";
import { BENCH_PASSWORD, benchDataDir, benchPort } from "./config.mjs";

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
    const server = await startEmbeddedPostgres({ dataDir: dir, port: benchPort() });
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

    server = spawn(bin("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const serverLog = [];
    for (const s of [server.stdout, server.stderr])
      s.on("data", (d) => {
        serverLog.push(String(d));
        if (serverLog.length > 200) serverLog.shift();
      });
    let exited = false;
    server.on("exit", () => (exited = true));
    for (let i = 0; ; i++) {
      if (exited) throw new Error(`the server stopped:\n${serverLog.join("")}`);
      const ok = await fetch(`${base}/api/bench-floor`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error(`the server did not answer in 60 s:\n${serverLog.join("")}`);
      await sleep(100);
    }
    let peakRss = 0;
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, treeRssMb(server.pid))), 200);

    const users = await virtualUsers(db, data);
    const scenarios = makeScenarios(users, data).filter((s) => !ONLY.length || ONLY.includes(s.name));
    const results = [];
    let floor = null;
    for (const s of scenarios) {
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

    printTable(results, jobs, peakRss, data);
    const failed = results.filter((r) => r.errors > 0);
    if (!SMOKE) {
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
          htmlBytes: r.htmlBytes,
        })),
        jobs,
        peakRssMb: Math.round(peakRss),
        data: { scale: data.scale, seed: data.seed, today: data.today, ...data.counts },
      };
      fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
      fs.writeFileSync(
        path.join(root, "bench", "results", "latest.json"),
        `${JSON.stringify(out, null, 2)}\n`,
      );
      console.log("\nWrote bench/results/latest.json");
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
  return `${COOKIE}=${token}`;
}

// A real sign-in by login and password (the generated staff's bench password), through next-auth.
async function passwordSignIn(login) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/password`, {
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
    directors: [{ cookie: real }, ...(await staff(directors))],
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

// One scenario: each variant once (warm-up, size, status), then autocannon for DURATION seconds.
async function drive(s) {
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
