// Crash safety (issue 15 §3), part of `npm run test:soak`: the production server on a copy of the
// benchmark's region (bench/data.mts at --scale 0.01 on a fresh database), a load over HTTP of attendance
// marks, timesheet confirmations by code and place claims — server actions called as the browser calls
// them, with session cookies minted as next-auth does (as bench/run.mjs) — and in the middle of it the
// server is killed with SIGKILL. It is started again, the load goes on, and then every write that got a
// success answer must be in the database exactly once: each acknowledged mark with its status (one row,
// one history entry), each acknowledged confirmation (one in force for its month), each acknowledged
// claim's referral (one per place, one per application). Then the nightly jobs are killed mid-run the same
// way (`npm run job` processes: voucher-annulment, which closes the confirmation windows first) and run
// again: no voucher is annulled twice, no SMS is in the outbox twice. next-auth's route is fuzzed over
// HTTP meanwhile (the in-process fuzz cannot call it): no answer may be a 500.
// Writes its figures to tests/soak/results/crash.json. Exits 1 on any failed check.
//
//   node scripts/soak/crash.mjs [--marks-per-phase 300] [--kill-after-ms 5000]
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { buildIsCurrent, markBuilt } from "../lib/build-stamp.mjs";
import { createDatabase, databaseUrlFor, dropDatabase, startEmbeddedPostgres } from "../lib/embedded-pg.mjs";
import { run } from "../lib/run.mjs";
import { BENCH_TODAY } from "../../bench/config.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const MARKS = Number(arg("marks-per-phase", 300));
const KILL_AFTER_MS = Number(arg("kill-after-ms", 5000));
const PORT = Number(process.env.CRASH_PORT ?? 3290);
const SECRET = "crash-secret-of-at-least-thirty-two-bytes-0123456789";
const COOKIE = "next-auth.session-token";
const base = `http://127.0.0.1:${PORT}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (m) => console.log(`[crash] ${m}`);
const problems = [];
const serverErrorLog = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
  log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

async function sessionCookie(userId, audience, sessionVersion) {
  const token = await encode({
    token: { uid: userId, aud: audience, sv: sessionVersion, sub: userId },
    secret: SECRET,
    maxAge: 8 * 60 * 60,
  });
  return `${COOKIE}=${token}`;
}

function actionIds() {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  );
  const ids = new Map();
  for (const [id, entry] of Object.entries(manifest.node))
    ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return (file, name) => {
    const v = ids.get(`${file}#${name}`);
    if (!v) throw new Error(`no server action ${file}#${name} in the build`);
    return v;
  };
}

// A server action called as the browser calls it (see bench/run.mjs): JSON arguments, or a form.
async function callAction(id, pagePath, cookie, args) {
  const headers = { "Next-Action": id, Accept: "text/x-component", Origin: base, Cookie: cookie };
  let body;
  if (args.form) {
    const boundary = `----crash${crypto.randomBytes(8).toString("hex")}`;
    const part = (name, value) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    body =
      Object.entries(args.form)
        .map(([k, v]) => part(`_1_${k}`, v)) // React 19.3: a FormData reference's fields are "_<id>_<name>"
        .join("") +
      part("0", '[null,"$K1"]') +
      `--${boundary}--\r\n`;
    headers["Content-Type"] = `multipart/form-data; boundary=${boundary}`;
  } else {
    body = JSON.stringify([args.json]);
    headers["Content-Type"] = "text/plain;charset=UTF-8";
  }
  const res = await fetch(`${base}${pagePath}`, { method: "POST", headers, body, redirect: "manual" });
  return { status: res.status, text: await res.text(), redirect: res.headers.get("x-action-redirect") };
}

// The action's own answer in a React Server Components response (its rows 0 and 1), for the log.
const answerOf = (text) =>
  text
    .split("\n")
    .filter((l) => /^[01]:/.test(l))
    .map((l) => l.slice(0, 300))
    .join(" | ") || text.slice(0, 200);

// ---- the server -----------------------------------------------------------------------------------

function serverEnv(url) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    BALABAQSHA_DEMO: "1",
    SMS_PROVIDER: "outbox",
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: base,
    BALABAQSHA_NOW: `${BENCH_TODAY}T10:00:00+05:00`,
    JOBS_ENABLED: "0",
    EDS_DEMO: "0",
    PORT: String(PORT),
  };
}

async function startServer(url) {
  const server = spawn(bin("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv(url),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: SIGKILL reaches every process of it
  });
  const out = [];
  for (const s of [server.stdout, server.stderr])
    s.on("data", (d) => {
      out.push(String(d));
      if (out.length > 100) out.shift();
      for (const line of String(d).split("\n"))
        if (line.includes('"level":"error"') && serverErrorLog.length < 5)
          serverErrorLog.push(line.slice(0, 1500));
    });
  let exited = false;
  server.on("exit", () => (exited = true));
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`the server stopped:\n${out.join("")}`);
    const ok = await fetch(`${base}/api/auth/providers`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) break;
    if (i > 900) throw new Error(`the server did not answer in 90 s:\n${out.join("")}`);
    await sleep(100);
  }
  return { server, out, kill: () => process.kill(-server.pid, "SIGKILL") };
}

// ---- the load ---------------------------------------------------------------------------------------

async function prepare(db, action) {
  // Educators marking today's attendance, a child each write (groups not marked yet today).
  const { rows: kids } = await db.query(
    `SELECT DISTINCT ON (e."childId") e."groupId", e."childId", u.id AS "userId", u."sessionVersion" AS sv
     FROM "Enrolment" e JOIN "GroupEducator" ge ON ge."groupId" = e."groupId"
     JOIN "User" u ON u."personId" = ge."personId"
     WHERE e."endsOn" IS NULL AND e."startsOn" <= $1::date
       AND NOT EXISTS (SELECT 1 FROM "AttendanceMark" m WHERE m."groupId" = e."groupId" AND m.date = $1::date)
     ORDER BY e."childId", u.id LIMIT $2`,
    [BENCH_TODAY, MARKS],
  );
  const marks = [];
  for (const [i, k] of kids.entries()) {
    const cookie = await sessionCookie(k.userId, "staff", k.sv);
    const status = i % 5 ? "PRESENT" : "ABSENT";
    marks.push({
      kind: "mark",
      key: `${k.childId}:${BENCH_TODAY}`,
      childId: k.childId,
      date: BENCH_TODAY,
      status,
      send: () =>
        callAction(
          action("lib/attendance/actions.ts", "markAttendanceAction"),
          `/kk/kindergarten/groups/${k.groupId}/attendance`,
          cookie,
          {
            json: {
              groupId: k.groupId,
              childId: k.childId,
              date: BENCH_TODAY,
              status,
              reason: status === "ABSENT" ? "FAMILY" : null,
            },
          },
        ),
      acked: (r) => r.status === 200 && r.text.includes('"ok":true'),
    });
  }
  // Parents confirming last month by code: the code is requested now (the SMS read from the outbox).
  const [y, m] = BENCH_TODAY.split("-").map(Number);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const { rows: sheets } = await db.query(
    `SELECT DISTINCT ON (t."childId") t.id, t."childId", t."organizationId", u.id AS "userId", u."sessionVersion" AS sv
     FROM "Timesheet" t JOIN "LegalRepresentative" r ON r."childId" = t."childId" AND r.status = 'VERIFIED'
     JOIN "ChildBinding" b ON b."childId" = t."childId" AND b."parentId" = r."representativeId" AND b."removedAt" IS NULL
     JOIN "Person" p ON p.id = r."representativeId" AND p.phone IS NOT NULL
     JOIN "User" u ON u."personId" = r."representativeId"
     WHERE t.year = $1 AND t.month = $2 AND t.status = 'OPEN' ORDER BY t."childId", md5(t.id) LIMIT 60`,
    [py, pm],
  );
  const confirmations = [];
  let noCode = 0;
  for (const sh of sheets) {
    const cookie = await sessionCookie(sh.userId, "parent", sh.sv);
    const page = `/kk/cabinet/timesheet?child=${sh.childId}&month=${py}-${String(pm).padStart(2, "0")}`;
    const ref = { childId: sh.childId, organizationId: sh.organizationId, year: py, month: pm };
    const r = await callAction(
      action("lib/timesheet/actions.ts", "requestConfirmationCodeAction"),
      page,
      cookie,
      {
        form: ref,
      },
    );
    const hash = /"hash":"([0-9a-f]{64})"/.exec(r.text)?.[1];
    if (!hash) {
      if (++noCode <= 2) log(`no code for a sheet: ${r.status} ${answerOf(r.text)}`);
      continue;
    } // a sheet whose month cannot be confirmed (no phone, no enrolment): not part of the load
    const { rows: sms } = await db.query(
      `SELECT body FROM "OutboxMessage" WHERE channel = 'SMS' ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
    );
    const code = /\b(\d{6})\b/.exec(sms[0]?.body ?? "")?.[1];
    if (!code) continue;
    confirmations.push({
      kind: "confirmation",
      key: sh.id,
      timesheetId: sh.id,
      hash,
      send: () =>
        callAction(action("lib/timesheet/actions.ts", "confirmWithCodeAction"), page, cookie, {
          form: { ...ref, hash, code },
        }),
      acked: (res) => res.status === 200 && res.text.includes('"ok":true'),
    });
  }
  // Parents taking general-access places for their children's waiting applications (several per place).
  const { rows: pairs } = await db.query(
    `WITH places AS (
       SELECT p.id, p."birthYear", o."territoryId" FROM "Place" p JOIN "Organization" o ON o.id = p."organizationId"
       WHERE p.status = 'GENERAL' ORDER BY md5(p.id) LIMIT 20)
     SELECT pl.id AS "placeId", a.id AS "applicationId", r."representativeId" AS "personId"
     FROM places pl
     CROSS JOIN LATERAL (
       SELECT a.id, a."childId" FROM "QueueApplication" a
       WHERE a.status = 'WAITING' AND a."birthYear" = pl."birthYear" AND a."territoryId" = pl."territoryId"
         AND (a."stopListUntil" IS NULL)
       ORDER BY md5(a.id || pl.id) LIMIT 6) a
     JOIN LATERAL (SELECT "representativeId" FROM "LegalRepresentative" r
                   WHERE r."childId" = a."childId" AND r.status = 'VERIFIED' LIMIT 1) r ON true`,
  );
  const claims = [];
  for (const p of pairs) {
    // An applicant who never signed in has no account yet: made as a first sign-in would.
    const { rows: u } = await db.query(
      `INSERT INTO "User"(id, "personId", "registeredAt") VALUES ($1, $2, now())
       ON CONFLICT ("personId") DO UPDATE SET "personId" = EXCLUDED."personId" RETURNING id, "sessionVersion" AS sv`,
      [`crash-${crypto.randomBytes(6).toString("hex")}`, p.personId],
    );
    const cookie = await sessionCookie(u[0].id, "parent", u[0].sv);
    claims.push({
      kind: "claim",
      key: `${p.placeId}:${p.applicationId}`,
      placeId: p.placeId,
      applicationId: p.applicationId,
      send: () =>
        callAction(action("lib/queue/places/actions.ts", "claimPlaceAction"), "/kk/places", cookie, {
          form: { placeId: p.placeId, applicationId: p.applicationId },
        }),
      acked: (res) => !!res.redirect && res.redirect.includes("taken="),
      referralOf: (res) => decodeURIComponent(/taken=([^&;]+)/.exec(res.redirect ?? "")?.[1] ?? ""),
    });
  }
  return { marks, confirmations, claims };
}

// Sends the writes with `concurrency` at a time; each success is recorded; a failed request is not.
async function drive(writes, concurrency, acknowledged, stats) {
  let next = 0;
  async function worker() {
    while (next < writes.length) {
      const w = writes[next++];
      stats.sent++;
      try {
        const res = await w.send(w);
        if (res.status >= 500 || res.text.includes('"message":"errors.internal"'))
          stats.serverErrors.push(`${w.kind} ${res.status}: ${answerOf(res.text)}`);
        if (w.acked(res)) acknowledged.push({ ...w, referral: w.referralOf?.(res) });
        else {
          // Refused (a place already taken, …): not a promise; the first few are shown.
          stats.refused[w.kind] = (stats.refused[w.kind] ?? 0) + 1;
          if (stats.refused[w.kind] <= 2)
            log(`${w.kind} not acknowledged: ${res.status} ${res.redirect ?? ""} ${answerOf(res.text)}`);
        }
      } catch {
        stats.connectionErrors++; // the server was killed under it: no answer, no promise
        stats.unanswered[w.kind] = (stats.unanswered[w.kind] ?? 0) + 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function shuffle(list, seed = 15) {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ---- the checks -------------------------------------------------------------------------------------

async function verifyWrites(db, acknowledged, allClaims) {
  const marks = acknowledged.filter((w) => w.kind === "mark");
  const { rows: markRows } = await db.query(
    `SELECT m."childId" || ':' || to_char(m.date, 'YYYY-MM-DD') AS key, m.status, m.version,
            (SELECT count(*)::int FROM "AttendanceMarkRevision" r WHERE r."markId" = m.id) AS revisions
     FROM "AttendanceMark" m WHERE m."childId" || ':' || to_char(m.date, 'YYYY-MM-DD') = ANY($1)`,
    [marks.map((w) => w.key)],
  );
  const byKey = new Map();
  for (const r of markRows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const missing = marks.filter((w) => !byKey.get(w.key)?.some((r) => r.status === w.status));
  const twice = [...byKey.values()].filter(
    (rows) => rows.length > 1 || rows[0].revisions !== 1 || rows[0].version !== 1,
  );
  check(missing.length === 0, `${marks.length} acknowledged marks all found (${missing.length} missing)`);
  let lost = missing.length;
  check(
    twice.length === 0,
    `each acknowledged mark is there once, with one history entry (${twice.length} not)`,
  );

  const confs = acknowledged.filter((w) => w.kind === "confirmation");
  const { rows: confRows } = await db.query(
    `SELECT "timesheetId", "snapshotHash", count(*)::int AS n FROM "TimesheetConfirmation"
     WHERE "timesheetId" = ANY($1) AND "supersededAt" IS NULL GROUP BY 1, 2`,
    [confs.map((w) => w.timesheetId)],
  );
  const confOf = new Map(confRows.map((r) => [r.timesheetId, r]));
  const confMissing = confs.filter((w) => confOf.get(w.timesheetId)?.snapshotHash !== w.hash);
  lost += confMissing.length;
  check(
    confMissing.length === 0,
    `${confs.length} acknowledged confirmations all found (${confMissing.length} missing)`,
  );
  check(
    confRows.every((r) => r.n === 1),
    "each confirmed month has one confirmation in force",
  );

  const claims = acknowledged.filter((w) => w.kind === "claim");
  const { rows: refs } = await db.query(
    `SELECT number, "placeId", "applicationId" FROM "Referral" WHERE "placeId" = ANY($1)`,
    [[...new Set(allClaims.map((w) => w.placeId))]], // every place of the load, acknowledged or not
  );
  const refNumbers = new Set(refs.map((r) => r.number));
  const claimMissing = claims.filter((w) => !refNumbers.has(w.referral));
  lost += claimMissing.length;
  check(
    claimMissing.length === 0,
    `${claims.length} acknowledged claims' referrals all found (${claimMissing.length} missing)`,
  );
  check(
    new Set(refs.map((r) => r.placeId)).size === refs.length,
    `one referral per place (${refs.length} referrals)`,
  );
  check(new Set(refs.map((r) => r.applicationId)).size === refs.length, "one referral per application");
  return {
    found: acknowledged.length - lost,
    marks: marks.length,
    confirmations: confs.length,
    claims: claims.length,
    referrals: refs.length,
  };
}

// The nightly jobs at 11 January 2027, when December went unmarked (its window closes) and the vouchers'
// deadlines have passed: voucher-annulment (which closes the confirmation windows first) and voucher-deadlines (expiries,
// with their SMS). Each job process is killed with SIGKILL after a moment, then run to its end, then once
// more: no record of an effect (audit row of one action on one entity) twice, no SMS twice, and the third
// run changes nothing.
async function jobsAcrossKill(url, db) {
  const at = "2027-01-11T00:30:00+05:00";
  const env = { ...process.env, DATABASE_URL: url, BALABAQSHA_DEMO: "1", SMS_PROVIDER: "outbox" };
  // A run of the job in its own process; with `killMidRun`, SIGKILL at its first line of progress (it has
  // begun writing, and has more to do).
  const jobRun = (name, killMidRun) =>
    new Promise((resolve) => {
      const child = spawn(bin("tsx"), [path.join(root, "scripts", "job.ts"), name, "--at", at], {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      let out = "";
      let killed = false;
      const onData = (d) => {
        out += d;
        if (killMidRun && !killed && /^[a-z-]+: .+\n/m.test(out)) {
          killed = true;
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {}
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", (code) => resolve({ code, killed: killed && code !== 0, out }));
    });
  const state = async () =>
    (
      await db.query(`SELECT
        (SELECT coalesce(max(id), 0)::bigint FROM "AuditLog") AS "lastAudit",
        (SELECT count(*)::int FROM "AuditLog") AS audits,
        (SELECT count(*)::int FROM "OutboxMessage") AS sms,
        (SELECT count(*)::int FROM "Voucher" WHERE status IN ('ANNULLED', 'EXPIRED')) AS ended`)
    ).rows[0];
  const dupSmsQuery = `SELECT destination, body, count(*)::int AS n FROM "OutboxMessage" GROUP BY 1, 2 HAVING count(*) > 1`;
  const dupBefore = (await db.query(dupSmsQuery)).rowCount;
  const before = await state();
  const runs = [];
  for (const name of ["voucher-annulment", "voucher-deadlines"]) {
    const first = await jobRun(name, true);
    const second = await jobRun(name, false);
    runs.push({ name, killedMidRun: first.killed, exit: second.code });
    log(
      `${name}: ${first.killed ? "killed mid-run" : "ended before the kill"}, then ran to its end (exit ${second.code})`,
    );
    if (second.code !== 0) log(second.out.slice(-2000));
  }
  const after = await state();
  for (const name of ["voucher-annulment", "voucher-deadlines"]) await jobRun(name, false);
  const again = await state();
  check(
    runs.every((r) => r.exit === 0),
    "each job runs to its end after the kill",
  );
  const { rows: twice } = await db.query(
    `SELECT action, "entityId", count(*)::int AS n FROM "AuditLog"
     WHERE id > $1 AND "entityId" IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 5`,
    [before.lastAudit],
  );
  check(
    twice.length === 0,
    `no effect recorded twice (${after.audits - before.audits} audit records, ${after.ended - before.ended} vouchers annulled or expired)${twice.length ? `: ${JSON.stringify(twice)}` : ""}`,
  );
  const dupAfter = (await db.query(dupSmsQuery)).rowCount;
  check(dupAfter === dupBefore, `no SMS twice in the outbox (${after.sms - before.sms} sent by the jobs)`);
  check(again.audits === after.audits && again.sms === after.sms, "a third run of each job changes nothing");
  return {
    runs,
    auditRecords: after.audits - before.audits,
    vouchersEnded: after.ended - before.ended,
    sms: after.sms - before.sms,
  };
}

// next-auth's route, fuzzed over HTTP: odd paths and queries; no answer may be a server error.
async function fuzzAuthRoute(n) {
  const pieces = [
    "session",
    "csrf",
    "providers",
    "signin",
    "signout",
    "callback",
    "password",
    "otp",
    "error",
    "x".repeat(300),
    "%00",
    "..",
    "😀",
    "'",
  ];
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const p = Array.from({ length: 1 + (i % 3) }, (_, j) =>
      encodeURIComponent(pieces[(i * 7 + j * 3) % pieces.length]),
    );
    const q = new URLSearchParams({
      [pieces[i % pieces.length]]: pieces[(i * 5) % pieces.length],
      callbackUrl: i % 2 ? "//evil.example" : "/kk",
    });
    const res = await fetch(`${base}/api/auth/${p.join("/")}?${q}`, {
      method: i % 4 ? "GET" : "POST",
      redirect: "manual",
    }).catch(() => null);
    if (!res || res.status >= 500) errors++;
    await res?.arrayBuffer().catch(() => {});
  }
  check(errors === 0, `next-auth's route fuzzed with ${n} requests: no server error (${errors})`);
  return n;
}

// ---- main -------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  let adminUrl = process.env.DATABASE_URL;
  let stopPg = async () => {};
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "balabaqsha-crash-pg-"));
    fs.chmodSync(dir, 0o777);
    const pgServer = await startEmbeddedPostgres({
      dataDir: path.join(dir, "pg"),
      port: Number(process.env.PGPORT_CRASH ?? 5439),
      persistent: false,
    });
    adminUrl = pgServer.url;
    stopPg = pgServer.stop;
  }
  const name = `balabaqsha_crash_${crypto.randomBytes(4).toString("hex")}`;
  await createDatabase(adminUrl, name);
  const url = databaseUrlFor(adminUrl, name);
  const db = new pg.Client({ connectionString: url });
  let srv;
  try {
    log("generating the region at --scale 0.01…");
    await run(bin("tsx"), [path.join(root, "bench", "data.mts"), "--scale", "0.01"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
    });
    if (!buildIsCurrent(root)) {
      log("building the portal (changed sources)…");
      await run(bin("next"), ["build"], { cwd: root, env: serverEnv(url) });
      markBuilt(root);
    }
    await db.connect();
    srv = await startServer(url);
    const action = actionIds();
    const work = await prepare(db, action);
    log(
      `load: ${work.marks.length} marks, ${work.confirmations.length} confirmations, ${work.claims.length} claims`,
    );
    // The claims first (a place goes to one of them; they are answered before the kill), then the rest mixed.
    const all = [...work.claims, ...shuffle([...work.marks, ...work.confirmations])];
    const half = Math.floor(all.length / 2);
    const acknowledged = [];
    const stats = { sent: 0, connectionErrors: 0, serverErrors: [], refused: {}, unanswered: {} };
    // Phase 1: the first half under load, and the server killed in the middle of it.
    const phase1 = drive(all.slice(0, half), 12, acknowledged, stats);
    await sleep(KILL_AFTER_MS);
    const ackedAtKill = acknowledged.length;
    srv.kill();
    log(`SIGKILL after ${KILL_AFTER_MS} ms, ${ackedAtKill} writes acknowledged so far`);
    await phase1;
    // Phase 2: started again, the rest of the load (and what phase 1 could not send).
    srv = await startServer(url);
    // (What phase 1 sent while the server was down got no answer and is not sent again: a write in flight
    // at the kill may or may not be there — only acknowledged writes are promised.)
    await drive(all.slice(half), 12, acknowledged, stats);
    check(
      stats.serverErrors.length === 0,
      `no server error answered (${stats.serverErrors.length}${stats.serverErrors.length ? `: ${stats.serverErrors.slice(0, 2).join(" | ")}` : ""})`,
    );
    if (serverErrorLog.length) log(`the server logged:\n${serverErrorLog.join("\n")}`);
    log(
      `refused: ${JSON.stringify(stats.refused)}; unanswered at the kill: ${JSON.stringify(stats.unanswered)}`,
    );
    const writes = await verifyWrites(db, acknowledged, work.claims);
    const authFuzz = await fuzzAuthRoute(Number(process.env.AUTH_FUZZ_RUNS ?? 300));
    srv.kill();
    srv = null;
    const jobs = await jobsAcrossKill(url, db);
    const figures = {
      at: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      sent: stats.sent,
      connectionErrorsAtKill: stats.connectionErrors,
      refused: stats.refused,
      unanswered: stats.unanswered,
      acknowledgedBeforeKill: ackedAtKill,
      acknowledged: acknowledged.length,
      ...writes,
      authRouteFuzz: authFuzz,
      jobs,
      problems,
    };
    const out = path.join(root, "tests", "soak", "results", "crash.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    log(`figures written to ${path.relative(root, out)}`);
    return problems.length ? 1 : 0;
  } finally {
    if (srv) srv.kill();
    await db.end().catch(() => {});
    await dropDatabase(adminUrl, name).catch(() => {});
    await stopPg();
  }
}

main().then(
  (code) => {
    if (problems.length)
      console.error(`[crash] ${problems.length} check(s) failed:\n  ${problems.join("\n  ")}`);
    process.exit(code);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
