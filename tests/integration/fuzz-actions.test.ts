// Issue 15 §1, bad input: every server action and route handler the builder registered is called, as a
// signed-in actor who holds its permission (the authorization matrix's first allowed actor), with inputs
// made by fast-check — anything at all, the matrix's valid input with fields dropped, replaced by hostile
// strings or values of the wrong type, ids of other things, and unknown fields added — in kk, ru and en
// by turns. Each answer must be a refusal or a success, never a server error ("errors.internal", a
// throw, a 500); a refusal's message and field errors must be texts of the user's language (the key
// exists in that catalogue, the text is not the key); and a refused input changes nothing: the row count
// and a checksum of every table (the audit log among them) are the same after as before. Uploads get
// their own hostile files: the wrong type, one byte over the limit, a truncated image and a PNG bomb
// (a 20000×20000 picture of a few hundred kilobytes).
// FUZZ_RUNS sets the cases per action (50 here; `npm run test:soak` runs 500 and writes its figures).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import fc from "fast-check";
import sharp from "sharp";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState, type FormState } from "@/lib/form-state";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { MATRIX, type Case } from "./fixtures/matrix-cases";
import { makeMatrixWorld, type ActorKey, type MatrixWorld } from "./fixtures/matrix-world";
import { useTempStorage } from "./fixtures/org-admin-world";

type Locale = "kk" | "ru" | "en";
const request = vi.hoisted(() => ({
  actor: null as Actor | null,
  locale: "kk" as "kk" | "ru" | "en",
  cookies: new Map<string, string>(),
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "fuzz" }),
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  }),
}));
// Outside Next, the request's locale and translations come from the messages directly.
vi.mock("next-intl/server", async (original) => {
  const { createTranslator } = await import("next-intl");
  const messages = {
    kk: (await import("@/messages/kk.json")).default,
    ru: (await import("@/messages/ru.json")).default,
    en: (await import("@/messages/en.json")).default,
  };
  type L = keyof typeof messages;
  return {
    ...(await original<typeof import("next-intl/server")>()),
    getLocale: async () => request.locale,
    getTranslations: async (opts?: string | { locale?: L; namespace?: string }) => {
      const o = typeof opts === "string" ? { namespace: opts } : (opts ?? {});
      const locale = o.locale ?? request.locale;
      return createTranslator({ locale, messages: messages[locale], namespace: o.namespace as never });
    },
  };
});

const { builtActionName } = await import("@/lib/action/registry");
const { setClock } = await import("@/lib/clock/clock");
const { MAX_LOGO_BYTES } = await import("@/lib/org/settings/schemas");
const { MAX_ANY_UPLOAD_BYTES } = await import("@/lib/storage/any-file-rules");

const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
// FUZZ_SHARD=i/n: only every n-th action from the i-th (the soak run splits the actions over processes).
const [SHARD, SHARDS] = (process.env.FUZZ_SHARD ?? "0/1").split("/").map(Number) as [number, number];
const root = path.resolve(__dirname, "../..");
const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
const CATALOGUES: Record<Locale, unknown> = { kk, ru, en };
const LOCALES: Locale[] = ["kk", "ru", "en"];

// Every action and route handler, by name (importing the modules registers them).
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}
const modules = [
  ...sourceFiles(path.join(root, "lib")).filter((f) =>
    /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")),
  ),
  ...sourceFiles(path.join(root, "app")).filter((f) => path.basename(f) === "route.ts"),
];
type Built = { kind: "form" | "json" | "route"; fn: (...args: unknown[]) => Promise<unknown> };
const BUILT = new Map<string, Built>();
const { registeredActions } = await import("@/lib/action/registry");
for (const f of modules) {
  const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    const name = builtActionName(value);
    if (name) BUILT.set(name, { kind: "form", fn: value as Built["fn"] });
  }
}
for (const a of registeredActions()) {
  const b = BUILT.get(a.name);
  if (b) b.kind = a.kind;
}

// ---- inputs -------------------------------------------------------------------------------------

const HOSTILE = [
  "",
  " ",
  "0",
  "-1",
  "1.5",
  "1e309",
  "NaN",
  "Infinity",
  "9".repeat(40),
  "null",
  "true",
  "on",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "1900-01-01",
  "2026-11-30T25:61",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\u202e",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "%00",
  "🙂".repeat(40),
  "x".repeat(100_000),
  "Ә".repeat(5000),
  "c".repeat(25),
  "00000000-0000-0000-0000-000000000000",
  "+77011234567",
  "000000000000",
];
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const hostileJson = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e309, Number.NaN, [], {}, [""], { id: "x" }),
  fc.anything({ maxDepth: 2 }),
);

type Raw = Record<string, unknown>;
type Mutation = { kind: "keep" } | { kind: "drop" } | { kind: "set"; value: unknown } | { kind: "id" };

// The valid input with each field kept, dropped, replaced or given the id of something else; plus unknown fields.
function mutatedSeed(seed: Raw, json: boolean, ids: string[]) {
  const keys = Object.keys(seed);
  const value = json ? hostileJson : hostileString;
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: "keep" as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: "drop" as const }) },
    { weight: 3, arbitrary: value.map((v) => ({ kind: "set" as const, value: v })) },
    { weight: ids.length ? 1 : 0, arbitrary: fc.constant({ kind: "id" as const }) },
  );
  return fc
    .record({
      changes: fc.tuple(...keys.map(() => mutation)),
      pick: fc.nat(),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 2 }),
    })
    .map(({ changes, pick, extra }) => {
      const out: Raw = { ...extra };
      keys.forEach((k, i) => {
        const c = changes[i] as Mutation;
        if (c.kind === "keep") out[k] = seed[k];
        else if (c.kind === "set") out[k] = c.value;
        else if (c.kind === "id") out[k] = ids[(pick + i) % ids.length];
      });
      return out;
    });
}

// Anything at all, or the valid input mutated (the valid input itself now and then).
function inputs(seed: Raw, json: boolean, ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: json ? fc.anything({ maxDepth: 3 }) : fc.dictionary(fc.string(), hostileString) },
    { weight: 6, arbitrary: mutatedSeed(seed, json, ids) },
  );
}

// A form's data from the input: arrays become repeated fields, files are appended as they are.
function formDataOf(input: unknown): FormData {
  const fd = new FormData();
  if (!input || typeof input !== "object") return fd;
  for (const [k, v] of Object.entries(input as Raw)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x instanceof File) fd.append(k, x);
      else fd.append(k, x !== null && typeof x === "object" ? JSON.stringify(x) : String(x));
    }
  }
  return fd;
}

// ---- hostile uploads ----------------------------------------------------------------------------

// A valid PNG whose IDAT inflates to width×height bytes of one grey: a few hundred KB on the wire.
async function pngBomb(width: number, height: number): Promise<Uint8Array> {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (b: Buffer) => parts.push(b));
  const ended = new Promise((r) => deflate.on("end", r));
  const row = Buffer.alloc(width + 1); // filter byte 0, then zeros
  for (let y = 0; y < height; y++)
    if (!deflate.write(row)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await ended;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.concat(parts)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function hostileFiles(limit: number): Promise<{ label: string; file: File }[]> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();
  const file = (bytes: Uint8Array, name: string, type: string) =>
    new File([new Uint8Array(bytes)], name, { type });
  return [
    { label: "empty", file: file(new Uint8Array(0), "empty.png", "image/png") },
    { label: "text named .png", file: file(Buffer.from("not an image\n"), "logo.png", "image/png") },
    { label: "html as pdf", file: file(Buffer.from("<html><script>1</script>"), "a.pdf", "application/pdf") },
    { label: "executable", file: file(Buffer.from("MZ\x90\x00\x03"), "a.exe", "application/x-msdownload") },
    { label: "truncated PNG", file: file(png.subarray(0, png.length >> 1), "half.png", "image/png") },
    { label: "PNG header only", file: file(png.subarray(0, 33), "head.png", "image/png") },
    { label: "PNG bomb 20000×20000", file: file(await pngBomb(20000, 20000), "bomb.png", "image/png") },
    { label: "one byte over the limit", file: file(new Uint8Array(limit + 1), "big.png", "image/png") },
    { label: "name of 5000 characters", file: file(png, `${"я".repeat(5000)}.png`, "image/png") },
  ];
}

// ---- the checks ---------------------------------------------------------------------------------

// Every table's row count and a checksum of its rows, in one query (before and after each action's run).
let fingerprintSql = "";
async function fingerprint(): Promise<Map<string, string>> {
  if (!fingerprintSql) {
    fingerprintSql = (await publicTables())
      .map(
        (name) =>
          `SELECT '${name}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM "${name}" x`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ t: string; f: string }[]>(fingerprintSql);
  return new Map(rows.map((r) => [r.t, r.f]));
}
const changedTables = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((t) => a.get(t) !== b.get(t));
const publicTables = async () =>
  (
    await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((r) => r.name);

// Per case, a cheaper and stricter witness: a row trigger on every table (this test's own, dropped after it)
// logs each committed insert, update and delete; a refused input must leave no new entry.
async function watchWrites() {
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS fuzz_watch CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA fuzz_watch`);
  await db.$executeRawUnsafe(`CREATE TABLE fuzz_watch.writes (id bigserial PRIMARY KEY, tbl text, op text)`);
  await db.$executeRawUnsafe(`CREATE FUNCTION fuzz_watch.record() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_watch.writes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  for (const name of await publicTables())
    await db.$executeRawUnsafe(
      `CREATE TRIGGER zz_fuzz_watch AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_watch.record()`,
    );
}
let lastWrite = 0n;
async function writesSinceLast(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: bigint; tbl: string; op: string }[]>`
    SELECT id, tbl, op FROM fuzz_watch.writes WHERE id > ${lastWrite} ORDER BY id`;
  if (rows.length) lastWrite = rows[rows.length - 1]!.id;
  return [...new Set(rows.map((r) => `${r.op} ${r.tbl}`))];
}

const messageIn = (locale: Locale, key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], CATALOGUES[locale]);
const CYRILLIC = /[\u0400-\u04ff]/;

// A refusal's keys and texts: every key is a message of the user's language, its text is that language's.
function textProblems(state: FormState, locale: Locale): string[] {
  const problems: string[] = [];
  const keys = [state.message, ...Object.values(state.fieldErrors ?? {})].filter((k): k is string => !!k);
  if (keys.length === 0) problems.push("a refusal without a message or field error");
  for (const key of keys) {
    const text = state.texts?.[key];
    if (typeof messageIn(locale, key) !== "string") problems.push(`"${key}" is no ${locale} message`);
    if (!text || !text.trim() || text === key) problems.push(`"${key}" has no ${locale} text`);
    else if (locale !== "en" && !CYRILLIC.test(text)) problems.push(`"${key}" is not in ${locale}: ${text}`);
  }
  return problems;
}

const isRedirect = (e: unknown) =>
  typeof (e as { digest?: unknown })?.digest === "string" &&
  (e as { digest: string }).digest.startsWith("NEXT_REDIRECT");

type Outcome = { refused: boolean; problems: string[] };

// Calls one action (or route) with one input, as the actor, in the locale.
async function call(name: string, built: Built, input: unknown, locale: Locale): Promise<Outcome> {
  request.locale = locale;
  if (built.kind === "route") {
    const raw = input && typeof input === "object" && !Array.isArray(input) ? (input as Raw) : {};
    const params: Record<string, string | string[]> = {};
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) {
      const s = Array.isArray(v)
        ? v.map(String)
        : v !== null && typeof v === "object"
          ? JSON.stringify(v)
          : String(v);
      if (k in (MATRIX[name]?.input(world) ?? {})) params[k] = s;
      else for (const x of Array.isArray(s) ? s : [s]) query.append(k, x);
    }
    // A route under [locale] gets the case's language unless the input names one; others answer in kk.
    if ("locale" in (MATRIX[name]?.input(world) ?? {}) && !("locale" in raw)) params.locale = locale;
    const named = params.locale ?? query.get("locale");
    const expected: Locale = LOCALES.includes(named as Locale) ? (named as Locale) : "kk";
    const res = (await built.fn(new NextRequest(`http://localhost/fuzz?${query}`), {
      params: Promise.resolve(params),
    })) as Response;
    const problems: string[] = [];
    if (res.status >= 500) problems.push(`answered ${res.status}`);
    if (res.status >= 400) {
      const body = await res.text();
      if (!body.trim()) problems.push(`${res.status} without a message`);
      if (expected !== "en" && !CYRILLIC.test(body))
        problems.push(`${res.status} not in ${expected}: ${body.slice(0, 80)}`);
    } else await res.arrayBuffer();
    return { refused: res.status >= 400, problems };
  }
  let state: FormState;
  try {
    state = (
      built.kind === "json"
        ? await built.fn(input)
        : await built.fn(initialFormState, input instanceof FormData ? input : formDataOf(input))
    ) as FormState;
  } catch (e) {
    if (isRedirect(e)) return { refused: false, problems: [] };
    return { refused: false, problems: [`threw ${(e as Error)?.stack ?? String(e)}`] };
  }
  if (state.ok) return { refused: false, problems: [] };
  const problems = textProblems(state, locale);
  if (state.message === "errors.internal") problems.unshift("answered errors.internal (a server error)");
  return { refused: true, problems };
}

// Writes a refusal is meant to make: a refused sign-in still counts against its throttle (or a guesser
// would never be slowed); the demo's signing key is made when first needed.
const WRITES_WHEN_REFUSED: Record<string, string[]> = {
  "signin.request_code": ["INSERT SignInThrottle", "UPDATE SignInThrottle"],
  // In demo mode the portal's signing key is made on first use, whatever the request asked for.
  "portal_key.pem": ["INSERT PortalKey"],
  "portal_key.list": ["INSERT PortalKey"],
};
// next-auth's handler reads Next's request store itself (cookies() outside a request throws here): it is
// fuzzed over HTTP against the running server by tests/soak/crash.mjs instead.
const NOT_IN_PROCESS = new Set(["auth.nextauth"]);

// ---- the run ------------------------------------------------------------------------------------

let world: MatrixWorld;
let storage: ReturnType<typeof useTempStorage>;
let ids: string[] = [];
const figures: Record<string, { cases: number; refused: number; accepted: number }> = {};

// The actor who holds the permission: the matrix's first allowed one (an officer where nobody may).
function actorFor(c: Case): Actor | null {
  const key: ActorKey =
    c.allowed.find((a) => a !== "anonymous") ?? (c.allowed.length ? "anonymous" : "districtOfficer");
  return world.actors[key];
}

// One case: the answer is no server error and speaks the user's language; a refusal changed nothing.
async function oneCase(name: string, input: unknown, locale: Locale) {
  const outcome = await call(name, BUILT.get(name)!, input, locale);
  const changed = (await writesSinceLast()).filter((w) => !WRITES_WHEN_REFUSED[name]?.includes(w));
  const f = (figures[name] ??= { cases: 0, refused: 0, accepted: 0 });
  f.cases++;
  f[outcome.refused ? "refused" : "accepted"]++;
  const problems = [...outcome.problems];
  if (outcome.refused && changed.length) problems.push(`refused, yet changed ${changed.join(", ")}`);
  return problems;
}

const describeInput = (input: unknown) =>
  JSON.stringify(input, (_k, v: unknown) =>
    v instanceof File
      ? `File(${v.name.slice(0, 20)}, ${v.size} B)`
      : typeof v === "string" && v.length > 60
        ? `${v.slice(0, 60)}…(${v.length})`
        : v,
  );

beforeAll(async () => {
  await resetDatabase();
  setClock(NOW);
  world = await makeMatrixWorld(db, NOW);
  storage = useTempStorage();
  ids = [
    ...new Set(
      Object.values(MATRIX).flatMap((c) =>
        Object.entries(c.input(world))
          .filter(([k, v]) => /id$/i.test(k) && (typeof v === "string" || typeof v === "number"))
          .map(([, v]) => String(v)),
      ),
    ),
  ];
  await watchWrites();
}, 120_000);
afterAll(async () => {
  storage?.cleanup();
  setClock(null);
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS fuzz_watch CASCADE`); // its triggers go with it
  const sum = (k: "cases" | "refused" | "accepted") => Object.values(figures).reduce((s, f) => s + f[k], 0);
  console.log(
    `input fuzz: ${Object.keys(figures).length} actions, ${sum("cases")} cases (${sum("refused")} refused, ${sum("accepted")} accepted)`,
  );
  if (process.env.FUZZ_RESULTS) {
    const total = Object.values(figures).reduce((s, f) => s + f.cases, 0);
    fs.mkdirSync(path.dirname(process.env.FUZZ_RESULTS), { recursive: true });
    fs.writeFileSync(
      process.env.FUZZ_RESULTS,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          runsPerAction: RUNS,
          actions: Object.keys(figures).length,
          total,
          figures,
        },
        null,
        2,
      ),
    );
  }
  await disconnectPrisma();
});

describe("every action and route handler, fuzzed", () => {
  // (An action without a matrix entry fails the authorization matrix; every entry is fuzzed here.)
  it("every action of the matrix has a function to call", () => {
    expect(registeredActions().length).toBeGreaterThan(50);
    expect(Object.keys(MATRIX).filter((n) => !BUILT.has(n))).toEqual([]);
  });

  for (const name of Object.keys(MATRIX)
    .filter((n) => !NOT_IN_PROCESS.has(n))
    .sort()
    .filter((_, i) => i % SHARDS === SHARD)) {
    it(
      `${name}: ${RUNS} inputs, never a server error, refusals in the user's language change nothing`,
      async () => {
        const built = BUILT.get(name);
        expect(built, name).toBeDefined();
        request.actor = actorFor(MATRIX[name]!);
        request.cookies.clear();
        const start = await fingerprint();
        let n = 0;
        await fc.assert(
          fc.asyncProperty(inputs(MATRIX[name]!.input(world), built!.kind === "json", ids), async (input) => {
            const problems = await oneCase(name, input, LOCALES[n++ % 3]!);
            if (problems.length) throw new Error(`${problems.join("; ")}\ninput: ${describeInput(input)}`);
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
        // When every input was refused, the whole database reads as before: row counts and checksums.
        const f = figures[name]!;
        if (f.accepted === 0) {
          const allowed = (WRITES_WHEN_REFUSED[name] ?? []).map((w) => w.split(" ")[1]);
          const changed = changedTables(start, await fingerprint()).filter((t) => !allowed.includes(t));
          expect(changed, name).toEqual([]);
        }
      },
      RUNS * 3_000 + 60_000,
    );
  }

  // (In the first shard only.)
  if (SHARD === 0)
    it("hostile uploads are refused with a message, and nothing is stored", async () => {
      const uploads = Object.keys(MATRIX).filter((name) =>
        Object.values(MATRIX[name]!.input(world)).some((v) => v instanceof File),
      );
      expect(uploads.length).toBeGreaterThanOrEqual(2);
      const limits: Record<string, number> = { "org.upload_logo": MAX_LOGO_BYTES };
      const problems: string[] = [];
      for (const name of uploads) {
        const seed = MATRIX[name]!.input(world);
        const field = Object.keys(seed).find((k) => seed[k] instanceof File)!;
        request.actor = actorFor(MATRIX[name]!);
        for (const [i, { label, file }] of (
          await hostileFiles(limits[name] ?? MAX_ANY_UPLOAD_BYTES)
        ).entries()) {
          const storedBefore = storage.files().length;
          const outcome = await call(name, BUILT.get(name)!, { ...seed, [field]: file }, LOCALES[i % 3]!);
          const changed = await writesSinceLast();
          // Any file may be a document (a profile's folder takes any type); an image field refuses all of these
          // but the long name, which is only a name.
          const mustRefuse =
            name === "org.upload_logo"
              ? label !== "name of 5000 characters"
              : file.size === 0 || label.startsWith("one byte");
          if (mustRefuse && !outcome.refused) problems.push(`${name}: ${label} was accepted`);
          if (outcome.refused && changed.length)
            problems.push(`${name}: ${label} refused, yet changed ${changed.join(", ")}`);
          if (outcome.refused && storage.files().length !== storedBefore)
            problems.push(`${name}: ${label} refused, yet stored`);
          problems.push(...outcome.problems.map((p) => `${name}: ${label}: ${p}`));
        }
      }
      expect(problems).toEqual([]);
    }, 300_000);
});
