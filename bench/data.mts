// `npm run bench:data`: fills a database with a region at the scale of issue 14 — Akmola's districts,
// 299 kindergartens of 14 groups, ~8,660 staff, 120,600 children (115,600 with a parent who can sign
// in), a rolling school year of attendance (~30 M marks), timesheets in every state, vouchers, a queue
// of 50,000 applications, 3,000 released places and announcements to the whole region.
//
// Set-based: rows are made by INSERT … SELECT over generate_series/unnest in Postgres (IINs and names are
// computed here and passed as arrays); "random" choices are hashes of the row number and --seed, so the
// same arguments always give the same data. Ends with VACUUM (ANALYZE) and records what it made in an AuditLog
// row ("bench.data") that `npm run bench` reads.
//
//   npm run bench:data [-- --scale 0.01] [--seed 14] [--today 2026-12-03] [--port 5497]
// Embedded Postgres in .data/bench/pg (kept between runs; the database "bench" is recreated), or the
// database of DATABASE_URL (which must be empty of organisations, or pass --reset to empty it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { makeIin } from "../lib/iin/iin";
import { defaultHolidays } from "../lib/calendar/holidays";
import { hashPassword } from "../lib/auth/password";
import { DISTRICTS as SEED_DISTRICTS } from "../prisma/seed/territories";
import {
  createDatabase,
  databaseUrlFor,
  dropDatabase,
  startEmbeddedPostgres,
} from "../scripts/lib/embedded-pg.mjs";
import { applyMigrations } from "../scripts/lib/migrations.mjs";
import { BENCH_PASSWORD, BENCH_SEED, BENCH_TODAY, benchDataDir, benchPort } from "./config.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SCALE = Number(arg("scale") ?? 1);
const SEED = Number(arg("seed") ?? BENCH_SEED);
const TODAY = arg("today") ?? BENCH_TODAY;
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`--scale must be in (0, 1], got ${arg("scale")}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(TODAY)) throw new Error(`--today must be YYYY-MM-DD, got ${TODAY}`);

// The region's figures at scale 1 (issue 14).
const K = Math.max(3, Math.round(299 * SCALE)); // kindergartens
const GROUPS_PER_KG = 14;
const G = K * GROUPS_PER_KG;
const C = Math.max(G * 10, Math.round(120_600 * SCALE)); // enrolled children
const Q = Math.max(100, Math.round(50_000 * SCALE)); // queue applications
const PLACES = Math.max(30, Math.round(3_000 * SCALE));
// 8,660 staff: 110 in the authorities, 28 or 29 per kindergarten.
const KG_WITH_29 = Math.round((178 * K) / 299);
// The year of attendance and timesheets: the 1st of the month a year before TODAY's month, to yesterday.
const [ty, tm] = [Number(TODAY.slice(0, 4)), Number(TODAY.slice(5, 7))];
const FROM = `${ty - 1}-${String(tm).padStart(2, "0")}-01`;
const SCHOOL_YEAR_START = `${tm >= 9 ? ty - 1 : ty - 2}-09-01`;

const KK_FEMALE = [
  "Айгүл",
  "Гүлнар",
  "Динара",
  "Жанар",
  "Мадина",
  "Сәуле",
  "Ләззат",
  "Айжан",
  "Назгүл",
  "Ботагөз",
];
const RU_FEMALE = [
  "Елена",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
  "Светлана",
  "Анна",
  "Мария",
  "Юлия",
  "Галина",
];
const KK_MALE = [
  "Ерлан",
  "Нұрлан",
  "Асхат",
  "Дәурен",
  "Бауыржан",
  "Арман",
  "Талғат",
  "Мұрат",
  "Айдос",
  "Дархан",
];
const CHILD_NAMES = [
  "Алихан",
  "Айару",
  "Нұрислам",
  "Томирис",
  "Інжу",
  "Арсен",
  "Амина",
  "Даниял",
  "Аружан",
  "Максим",
];
const SURNAMES = [
  "Әлиева",
  "Серікова",
  "Жұмабаева",
  "Иванова",
  "Нұрланова",
  "Қасымова",
  "Петрова",
  "Ахметова",
  "Бекова",
  "Смағұлова",
];
const CHILD_SURNAMES = [
  "Әлиев",
  "Серіков",
  "Жұмабаев",
  "Иванов",
  "Нұрланов",
  "Қасымов",
  "Петров",
  "Ахметов",
  "Беков",
  "Смағұлов",
];
const FIRST_NAMES = [...KK_FEMALE, ...RU_FEMALE, ...KK_MALE];

// The demo's districts and the city of Kokshetau, with four more of the region's districts (~10).
const DISTRICTS = [
  ...SEED_DISTRICTS,
  ...[
    ["burabay", "Бурабай ауданы", "Бурабайский район", "Burabay District"],
    ["tselinograd", "Целиноград ауданы", "Целиноградский район", "Tselinograd District"],
    ["arshaly", "Аршалы ауданы", "Аршалынский район", "Arshaly District"],
    ["shortandy", "Шортанды ауданы", "Шортандинский район", "Shortandy District"],
  ].map(([code, nameKk, nameRu, nameEn]) => ({ kind: "DISTRICT", code, nameKk, nameRu, nameEn })),
];

const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const addDaysUtc = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

async function main() {
  const started = Date.now();
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(benchDataDir(root), "pg"),
      port: benchPort(),
    });
    stop = server.stop;
    await dropDatabase(server.url, "bench");
    await createDatabase(server.url, "bench");
    url = databaseUrlFor(server.url, "bench");
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // pool.end() resolves before its sockets have closed; the embedded server's shutdown right after then
  // reaches an idle client as an error, which must not crash a run that has finished.
  let ending = false;
  pool.on("error", (err) => {
    if (!ending) throw err;
  });
  try {
    await applyMigrations(url, path.join(root, "prisma", "migrations"));
    const counts = await fill(pool);
    console.log(
      `\nbench data (scale ${SCALE}, seed ${SEED}, today ${TODAY}) in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    );
    for (const [table, n] of Object.entries(counts))
      console.log(`  ${table.padEnd(26)} ${n.toLocaleString("en")}`);
    if (!process.env.DATABASE_URL) console.log(`\nEmbedded database: ${url}`);
  } finally {
    ending = true;
    await pool.end();
    await stop();
  }
}

async function fill(pool: pg.Pool): Promise<Record<string, number>> {
  const db = await pool.connect();
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const step = async (label: string, fn: () => Promise<unknown>) => {
    const t0 = Date.now();
    await fn();
    console.log(`${label.padEnd(48)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    const { rows: existing } = await q(`SELECT count(*)::int AS n FROM "Organization"`);
    if (existing[0].n > 0) {
      if (!argv.includes("--reset"))
        throw new Error("The database already holds organisations: pass --reset to empty it first.");
      const { rows } = await q(
        `SELECT string_agg(format('%I', tablename), ', ') AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      );
      await q(`TRUNCATE ${rows[0].t} RESTART IDENTITY CASCADE`);
    }
    await q(`SET synchronous_commit = off`);
    // Foreign keys are checked by triggers: the generated rows are consistent by construction, so skip
    // them where allowed (a superuser, like the embedded server's).
    const replica = await q(`SET session_replication_role = replica`).then(
      () => true,
      () => false,
    );
    // H(expr, salt): a deterministic number in [0, 1) for row number expr.
    const H = (expr: string, salt: number) =>
      `((hashint8extended((${expr})::bigint * 1000 + ${salt}, ${SEED}) & 2147483647)::float8 / 2147483648)`;
    const pick = (arr: string, expr: string, salt: number) =>
      `(${arr})[1 + floor(${H(expr, salt)} * cardinality(${arr}))::int]`;

    const passwordHash = await hashPassword(BENCH_PASSWORD);

    await step("territories, organisations, calendar", async () => {
      await q(`INSERT INTO "Territory"(id, kind, code, "nameKk", "nameRu", "nameEn") VALUES
        ('bt-kz', 'COUNTRY', 'kz', 'Қазақстан', 'Казахстан', 'Kazakhstan')`);
      await q(`INSERT INTO "Territory"(id, kind, code, "parentId", "nameKk", "nameRu", "nameEn") VALUES
        ('bt-region', 'REGION', 'akmola', 'bt-kz', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region')`);
      await q(
        `INSERT INTO "Territory"(id, kind, code, "parentId", "nameKk", "nameRu", "nameEn", "sortOrder")
         SELECT 'bt-d' || i, kind::"TerritoryKind", code, 'bt-region', kk, ru, en, i::int
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY t(kind, code, kk, ru, en, i)`,
        [
          DISTRICTS.map((d) => d.kind),
          DISTRICTS.map((d) => d.code),
          DISTRICTS.map((d) => d.nameKk),
          DISTRICTS.map((d) => d.nameRu),
          DISTRICTS.map((d) => d.nameEn),
        ],
      );
      await q(`INSERT INTO "Organization"(id, slug, kind, "orgType", "shortNameKk", "shortNameRu", "fullNameKk", "fullNameRu", "territoryId")
        VALUES ('bo-region', 'akmola-education', 'REGION_AUTHORITY', 'regional_education_department',
          'Ақмола облысының білім басқармасы', 'Управление образования Акмолинской области',
          'Ақмола облысының білім басқармасы', 'Управление образования Акмолинской области', 'bt-region')`);
      await q(`INSERT INTO "Organization"(id, slug, kind, "orgType", "shortNameKk", "shortNameRu", "fullNameKk", "fullNameRu", "territoryId", "parentId")
        SELECT 'bo-d' || t."sortOrder", t.code || '-education', 'DISTRICT_AUTHORITY', 'district_education_department',
          t."nameKk" || ' білім бөлімі', 'Отдел образования: ' || t."nameRu", t."nameKk" || ' білім бөлімі',
          'Отдел образования: ' || t."nameRu", t.id, 'bo-region'
        FROM "Territory" t WHERE t.kind IN ('DISTRICT', 'CITY')`);
      // Kindergarten k lies in district ((k - 1) % D) + 1; every fifth is private.
      await q(
        `INSERT INTO "Organization"(id, slug, kind, "orgType", "shortNameKk", "shortNameRu", "fullNameKk", "fullNameRu", bin, "territoryId", "parentId")
         SELECT 'bo-k' || k, 'kg-' || k, 'KINDERGARTEN', CASE WHEN k % 5 = 0 THEN 'private_kindergarten' ELSE 'state_kindergarten' END,
           '№' || k || ' балабақша', 'Детский сад №' || k, '№' || k || ' «' || ${pick("$2::text[]", "k", 1)} || '» балабақшасы',
           'Детский сад №' || k || ' «' || ${pick("$2::text[]", "k", 1)} || '»', lpad((900000000000 + k)::text, 12, '0'),
           'bt-d' || ((k - 1) % $3 + 1), 'bo-d' || ((k - 1) % $3 + 1)
         FROM generate_series(1, $1::int) k`,
        [
          K,
          ["Балдырған", "Айгөлек", "Күншуақ", "Ақбота", "Солнышко", "Жұлдыз", "Ертегі", "Бөбек"],
          DISTRICTS.length,
        ],
      );
      await q(`INSERT INTO "OrganizationSettings"("organizationId", "phones", "actualAddress", "updatedAt")
        SELECT id, '+7 (7162) 72-' || lpad((row_number() OVER (ORDER BY id) % 100)::text, 2, '0') || '-00', 'Көкшетау қ.', now() FROM "Organization"`);
      await q(`INSERT INTO "SubordinateType"("authorityId", "orgType")
        SELECT o.id, t FROM "Organization" o, unnest(ARRAY['state_kindergarten', 'private_kindergarten']) t
        WHERE o.kind IN ('REGION_AUTHORITY', 'DISTRICT_AUTHORITY')`);
      const holidays = [ty - 1, ty, ty + 1].flatMap((y) => defaultHolidays(y));
      await q(
        `INSERT INTO "Holiday"(date, kind, "nameKk", "nameRu", "nameEn")
         SELECT DISTINCT ON (d) d::date, CASE WHEN k = 'transfer' THEN 'TRANSFER_DAY_OFF' ELSE 'HOLIDAY' END::"HolidayKind", kk, ru, en
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) t(d, k, kk, ru, en)
         ON CONFLICT (date) DO NOTHING`,
        [
          holidays.map((h) => h.date),
          holidays.map((h) => h.kind),
          holidays.map((h) => h.name.kk),
          holidays.map((h) => h.name.ru),
          holidays.map((h) => h.name.en),
        ],
      );
      await q(`INSERT INTO "StayMode"(id, "organizationId", "nameKk", "nameRu", hours)
        SELECT 'bsm-' || id, id, '10,5 сағат', '10,5 часов', 10.5 FROM "Organization" WHERE kind = 'KINDERGARTEN'`);
      await q(
        `INSERT INTO "SchoolYear"(id, "organizationId", "startsOn", "endsOn", "summerStartsOn", "summerEndsOn")
         SELECT 'bsy-' || o.id || '-' || y, o.id, make_date(y, 9, 1), make_date(y + 1, 8, 31), make_date(y + 1, 6, 1), make_date(y + 1, 8, 31)
         FROM "Organization" o, generate_series($1::int, $1::int + 1) y WHERE o.kind = 'KINDERGARTEN'`,
        [Number(SCHOOL_YEAR_START.slice(0, 4))],
      );
      // Group g (1…G) is the ((g - 1) % 14)-th of kindergarten ((g - 1) / 14) + 1, for children born in one year.
      await q(
        `INSERT INTO "Group"(id, "organizationId", name, "birthYearFrom", "birthYearTo", language, "stayModeId", capacity)
         SELECT 'bg' || g, 'bo-k' || ((g - 1) / ${GROUPS_PER_KG} + 1), ${pick("$2::text[]", "g", 2)} || ' ' || ((g - 1) % ${GROUPS_PER_KG} + 1),
           $3::int + (g - 1) % ${GROUPS_PER_KG} % 5, $3::int + (g - 1) % ${GROUPS_PER_KG} % 5,
           CASE WHEN (g - 1) % 3 = 2 THEN 'RU' ELSE 'KK' END::"GroupLanguage",
           'bsm-bo-k' || ((g - 1) / ${GROUPS_PER_KG} + 1), 30
         FROM generate_series(1, $1::int) g`,
        [
          G,
          ["Балапан", "Құлыншақ", "Ботақан", "Гүлдер", "Колокольчик", "Жұлдызша", "Ромашка", "Күншуақ"],
          ty - 5,
        ],
      );
    });

    await step("staff: people, users, memberships, groups", async () => {
      type Staff = {
        org: string;
        role: string;
        admin: boolean;
        editor: boolean;
        login: string;
        group?: number[];
      };
      const staff: Staff[] = [];
      const authority = (org: string, prefix: string, n: number) => {
        const roles = ["AUTHORITY_HEAD", "AUTHORITY_DEPUTY", "AUTHORITY_ADMIN"];
        for (let i = 0; i < n; i++) {
          const role = roles[i] ?? "AUTHORITY_EMPLOYEE";
          staff.push({ org, role, admin: i === 0 || i === 2, editor: i < 3, login: `${prefix}.${i + 1}` });
        }
      };
      authority("bo-region", "region", 20);
      for (let d = 1; d <= DISTRICTS.length; d++)
        authority(`bo-d${d}`, `d${d}`, Math.round(90 / DISTRICTS.length));
      for (let k = 1; k <= K; k++) {
        const org = `bo-k${k}`;
        const g0 = (k - 1) * GROUPS_PER_KG + 1;
        const add = (role: string, login: string, admin = false, group?: number[]) =>
          staff.push({ org, role, admin, editor: admin, login: `k${k}.${login}`, group });
        add("KG_DIRECTOR", "director", true);
        add("KG_DEPUTY", "deputy", true);
        add("KG_ADMIN", "admin", true);
        add("METHODOLOGIST", "methodologist");
        for (let j = 0; j < GROUPS_PER_KG; j++) add("EDUCATOR", `edu${j + 1}`, false, [g0 + j]);
        for (let j = 0; j < 7; j++)
          add("ASSISTANT_EDUCATOR", `assistant${j + 1}`, false, [g0 + 2 * j, g0 + 2 * j + 1]);
        add("MUSIC_TEACHER", "music");
        add("NURSE", "nurse");
        add("OTHER_STAFF", "staff1");
        if (k <= KG_WITH_29) add("OTHER_STAFF", "staff2");
      }
      // Staff IINs: born 1960–1975, serial (n % 1000) * 10 (makeIin takes the next usable one).
      const iins = staff.map((_, i) => {
        const birth = addDaysUtc(day("1960-01-01"), Math.floor(i / 1000) * 701 + (i % 7));
        return {
          iin: makeIin(birth, i % 9 === 0 ? "male" : "female", (i % 1000) * 10),
          birth: ymd(birth),
          male: i % 9 === 0,
        };
      });
      await q(
        `INSERT INTO "Person"(id, iin, "lastName", "firstName", "birthDate", sex, phone, "updatedAt")
         SELECT 'bs' || i, iin, ${pick("$4::text[]", "i", 3)}, CASE WHEN male THEN ${pick("$6::text[]", "i", 4)} ELSE ${pick("$5::text[]", "i", 4)} END,
           birth::date, CASE WHEN male THEN 'MALE' ELSE 'FEMALE' END::"Sex", '+7701' || lpad(i::text, 7, '0'), now()
         FROM unnest($1::text[], $2::text[], $3::bool[]) WITH ORDINALITY t(iin, birth, male, i)`,
        [
          iins.map((x) => x.iin),
          iins.map((x) => x.birth),
          iins.map((x) => x.male),
          SURNAMES,
          [...KK_FEMALE, ...RU_FEMALE],
          KK_MALE,
        ],
      );
      await q(
        `INSERT INTO "User"(id, "personId", login, "passwordHash", "registeredAt")
         SELECT 'bu-bs' || i, 'bs' || i, login, $2, '2025-08-20' FROM unnest($1::text[]) WITH ORDINALITY t(login, i)`,
        [staff.map((s) => s.login), passwordHash],
      );
      await q(
        `INSERT INTO "Membership"(id, "personId", "organizationId", role, qualification, "isAdministrator", "isEditor", "arrivedAt")
         SELECT 'bm-bs' || i, 'bs' || i, org, role::"MemberRole",
           CASE WHEN role IN ('EDUCATOR', 'ASSISTANT_EDUCATOR', 'METHODOLOGIST', 'MUSIC_TEACHER')
             THEN (ARRAY['PEDAGOG_INTERN', 'PEDAGOG', 'PEDAGOG_MODERATOR', 'PEDAGOG_EXPERT', 'PEDAGOG_RESEARCHER', 'PEDAGOG_MASTER', 'HIGHEST', 'FIRST', 'SECOND', 'NONE'])[1 + (i % 10)::int]::"QualificationCategory" END,
           admin, editor, ('2010-09-01'::date + (i % 4000)::int)
         FROM unnest($1::text[], $2::text[], $3::bool[], $4::bool[]) WITH ORDINALITY t(org, role, admin, editor, i)`,
        [
          staff.map((s) => s.org),
          staff.map((s) => s.role),
          staff.map((s) => s.admin),
          staff.map((s) => s.editor),
        ],
      );
      const ge = staff.flatMap((s, i) => (s.group ?? []).map((g) => [i + 1, g] as const));
      await q(
        `INSERT INTO "GroupEducator"("groupId", "personId") SELECT 'bg' || g, 'bs' || i FROM unnest($1::int[], $2::int[]) t(i, g)`,
        [ge.map((x) => x[0]), ge.map((x) => x[1])],
      );
    });

    await step("children, parents, birth records, enrolments", async () => {
      // Child c (1…C) is in group floor((c - 1) * G / C) + 1, born in the group's year; parent 'bp' || c
      // unless c % 24 = 0 (115,600 of 120,600 have one).
      const childIin: string[] = [];
      const childBirth: string[] = [];
      const motherIin: string[] = [];
      const motherBirth: string[] = [];
      for (let c = 1; c <= C; c++) {
        const g = Math.floor(((c - 1) * G) / C) + 1;
        const year = ty - 5 + (((g - 1) % GROUPS_PER_KG) % 5);
        // Enrolled children: serials 0…4999 (5000+ belong to the queue's children); the birth day is
        // injective on (c - 1) / 500 for a given serial, so IINs are unique.
        const birth = addDaysUtc(day(`${year}-01-01`), Math.floor((c - 1) / 500));
        childIin.push(makeIin(birth, c % 2 ? "male" : "female", ((c - 1) % 500) * 10));
        childBirth.push(ymd(birth));
        const mBirth = addDaysUtc(day("1980-01-01"), Math.floor((c - 1) / 1000) * 53);
        motherIin.push(makeIin(mBirth, "female", ((c - 1) % 1000) * 10));
        motherBirth.push(ymd(mBirth));
      }
      await q(
        `INSERT INTO "Person"(id, iin, "lastName", "firstName", "birthDate", sex, "updatedAt")
         SELECT 'bc' || c, iin, ${pick("$3::text[]", "c", 5)}, ${pick("$4::text[]", "c", 6)}, birth::date,
           CASE WHEN c % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END::"Sex", now()
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY t(iin, birth, c)`,
        [childIin, childBirth, CHILD_SURNAMES, CHILD_NAMES],
      );
      await q(
        `INSERT INTO "Person"(id, iin, "lastName", "firstName", "birthDate", sex, phone, "updatedAt")
         SELECT 'bp' || c, iin, ${pick("$3::text[]", "c", 5)}, ${pick("$4::text[]", "c", 7)}, birth::date, 'FEMALE', '+7705' || lpad(c::text, 7, '0'), now()
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY t(iin, birth, c) WHERE c % 24 <> 0`,
        [motherIin, motherBirth, SURNAMES, [...KK_FEMALE, ...RU_FEMALE]],
      );
      await q(`INSERT INTO "User"(id, "personId", "registeredAt", "preferredLocale")
        SELECT 'bu-' || id, id, '2025-09-01', CASE WHEN right(id, 1) IN ('1', '2', '3') THEN 'ru' ELSE 'kk' END FROM "Person" WHERE id LIKE 'bp%'`);
      await q(`INSERT INTO "LegalRepresentative"(id, "childId", "representativeId", relation, status, "reviewedAt")
        SELECT 'blr' || substr(id, 3), 'bc' || substr(id, 3), id, 'mother', 'VERIFIED', '2025-09-01' FROM "Person" WHERE id LIKE 'bp%'`);
      await q(`INSERT INTO "ChildBinding"(id, "parentId", "childId")
        SELECT 'bcb' || substr(id, 3), id, 'bc' || substr(id, 3) FROM "Person" WHERE id LIKE 'bp%'`);
      await q(
        `INSERT INTO "MobileCitizen"(id, phone, iin) SELECT 'bmc-' || id, phone, iin FROM "Person" WHERE id LIKE 'bp%'`,
      );
      await q(`INSERT INTO "BirthRecord"("childIin", "birthDate", "lastName", "firstName", "motherIin")
        SELECT c.iin, c."birthDate", c."lastName", c."firstName", p.iin
        FROM "Person" c LEFT JOIN "Person" p ON p.id = 'bp' || substr(c.id, 3) WHERE c.id LIKE 'bc%'`);
      await q(
        `INSERT INTO "Enrolment"(id, "childId", "organizationId", "groupId", "orderNumber", "orderDate", "startsOn")
         SELECT 'be' || c, 'bc' || c, 'bo-k' || (((c - 1) * $2::bigint / $1) / ${GROUPS_PER_KG} + 1), 'bg' || ((c - 1) * $2::bigint / $1 + 1),
           'Б-' || c, $3::date - 7, $3::date
         FROM generate_series(1, $1::int) c`,
        [C, G, SCHOOL_YEAR_START],
      );
    });

    await step("attendance: every working day of the year", async () => {
      // The non-unique indexes go while 30 M rows pour in, and come back after.
      const { rows: idx } = await q(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'AttendanceMark' AND indexname NOT LIKE '%_pkey'`,
      );
      for (const i of idx) await q(`DROP INDEX "${i.indexname}"`);
      // The monthly rollup's triggers would carry every statement's rows as one transition table (15 M
      // here): they are off while the marks go in, and the rollup is built in one pass after.
      await q(`ALTER TABLE "AttendanceMark" DISABLE TRIGGER USER`);
      await q(`CREATE UNLOGGED TABLE bench_days AS
        SELECT d::date AS d FROM generate_series('${FROM}'::date, '${TODAY}'::date - 1, '1 day') d
        WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT date FROM "Holiday" WHERE kind <> 'WORKING_DAY')
        UNION SELECT date FROM "Holiday" WHERE kind = 'WORKING_DAY' AND date >= '${FROM}' AND date < '${TODAY}'`);
      await q(`CREATE UNLOGGED TABLE bench_enr AS
        SELECT e."childId", e."organizationId", e."groupId", substr(e.id, 3)::bigint AS n,
          (SELECT min("personId") FROM "GroupEducator" ge JOIN "Membership" m USING ("personId")
           WHERE ge."groupId" = e."groupId" AND m.role = 'EDUCATOR') AS educator
        FROM "Enrolment" e`);
      const { rows: dd } = await q(`SELECT count(*)::int AS n FROM bench_days`);
      console.log(`  ${dd[0].n} working days from ${FROM}, ${C.toLocaleString("en")} children`);
      // Two connections, half the children each (2 cores).
      const insert = (client: pg.PoolClient, part: number) =>
        client.query(`INSERT INTO "AttendanceMark"("childId", "organizationId", "groupId", date, status, reason, "markedById", "markedAt")
          SELECT e."childId", e."organizationId", e."groupId", days.d,
            CASE WHEN r < 0.84 THEN 'PRESENT' ELSE 'ABSENT' END::"AttendanceStatus",
            CASE WHEN r < 0.84 THEN NULL WHEN r < 0.90 THEN 'ILLNESS_CERTIFIED' WHEN r < 0.93 THEN 'ILLNESS_UNCERTIFIED'
                 WHEN r < 0.96 THEN 'FAMILY' WHEN r < 0.98 THEN 'VACATION' WHEN r < 0.995 THEN 'UNEXCUSED' ELSE 'UNKNOWN' END::"AbsenceReason",
            e.educator, days.d + time '09:15'
          FROM bench_enr e CROSS JOIN bench_days days
          CROSS JOIN LATERAL (SELECT ${H("e.n * 100000 + (days.d - '2000-01-01'::date)", 8)} AS r) rr
          WHERE e.n % 2 = ${part}`);
      const other = await pool.connect();
      try {
        await other.query(`SET synchronous_commit = off`);
        if (replica) await other.query(`SET session_replication_role = replica`);
        await Promise.all([insert(db, 0), insert(other, 1)]);
        await q(`DROP TABLE bench_days, bench_enr`);
        // Rebuild the indexes, two at a time.
        const defs = idx.map((i) => i.indexdef as string);
        const half = Math.ceil(defs.length / 2);
        await Promise.all([
          (async () => {
            for (const d of defs.slice(0, half)) await db.query(d);
          })(),
          (async () => {
            for (const d of defs.slice(half)) await other.query(d);
          })(),
        ]);
        await q(`ALTER TABLE "AttendanceMark" ENABLE TRIGGER USER`);
        await q(`TRUNCATE "AttendanceMonth"`);
        await q(`INSERT INTO "AttendanceMonth"("childId", "groupId", "organizationId", month, marked, present, absent,
            "illnessCertified", "illnessUncertified", vacation, family, quarantine, unexcused, other, unknown)
          SELECT "childId", "groupId", max("organizationId"), date_trunc('month', date)::date,
            count(*), count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'ABSENT'),
            count(*) FILTER (WHERE reason = 'ILLNESS_CERTIFIED'), count(*) FILTER (WHERE reason = 'ILLNESS_UNCERTIFIED'),
            count(*) FILTER (WHERE reason = 'VACATION'), count(*) FILTER (WHERE reason = 'FAMILY'),
            count(*) FILTER (WHERE reason = 'QUARANTINE'), count(*) FILTER (WHERE reason = 'UNEXCUSED'),
            count(*) FILTER (WHERE reason = 'OTHER'),
            count(*) FILTER (WHERE status = 'ABSENT' AND (reason IS NULL OR reason = 'UNKNOWN'))
          FROM "AttendanceMark" GROUP BY "childId", "groupId", date_trunc('month', date)::date
          ORDER BY 4, 3`); // stored by month and kindergarten, as a year of real months would lay them
      } finally {
        other.release();
      }
    });

    await step("timesheets, confirmations, disputes", async () => {
      // One timesheet per child and month of the year; the last month's window (1st–10th) is open on TODAY.
      await q(`INSERT INTO "Timesheet"(id, "childId", "organizationId", year, month, status, "updatedAt", "createdAt")
        SELECT 'bts' || e.n || '-' || to_char(m, 'YYMM'), e."childId", e."organizationId", extract(year FROM m)::int, extract(month FROM m)::int,
          (CASE
            WHEN m = date_trunc('month', '${TODAY}'::date - interval '1 month') THEN
              CASE WHEN NOT e.parent THEN 'OPEN' WHEN r < 0.30 THEN 'CONFIRMED' WHEN r < 0.31 THEN 'DISPUTED' ELSE 'OPEN' END
            WHEN NOT e.parent THEN 'NOT_CONFIRMED'
            WHEN r < 0.80 THEN 'CONFIRMED' WHEN r < 0.92 THEN 'NOT_CONFIRMED' WHEN r < 0.96 THEN 'DISPUTED' ELSE 'CORRECTED' END)::"TimesheetStatus",
          m + interval '1 month 5 days', m + interval '1 month'
        FROM (SELECT *, substr(id, 3)::bigint AS n, substr(id, 3)::bigint % 24 <> 0 AS parent FROM "Enrolment") e
        CROSS JOIN generate_series('${FROM}'::date, '${TODAY}'::date - interval '1 month', '1 month') m
        CROSS JOIN LATERAL (SELECT ${H("e.n * 10000 + extract(year FROM m) * 12 + extract(month FROM m)", 9)} AS r) rr
        WHERE m < date_trunc('month', '${TODAY}'::date)`);
      await q(`INSERT INTO "TimesheetConfirmation"(id, "timesheetId", "signerId", method, snapshot, "snapshotHash", "signedAt", "supersededAt")
        SELECT 'btc' || substr(t.id, 4), t.id, 'bp' || substr(t."childId", 3), 'OTP', jsonb_build_object('bench', t.id), md5(t.id),
          make_date(t.year, t.month, 1) + interval '1 month 2 days 19 hours',
          CASE WHEN t.status = 'CORRECTED' THEN make_date(t.year, t.month, 1) + interval '1 month 15 days' END
        FROM "Timesheet" t WHERE t.status IN ('CONFIRMED', 'CORRECTED')`);
      await q(`INSERT INTO "TimesheetDispute"(id, "timesheetId", "parentId", reason, status, "createdAt", answer, "answeredAt", "escalatedAt", "decideBy", "decidedAt")
        SELECT 'btd' || substr(t.id, 4), t.id, 'bp' || substr(t."childId", 3),
          'Бала осы күндері балабақшада болды. / Ребёнок в эти дни был в саду.', s::"DisputeStatus",
          make_date(t.year, t.month, 1) + interval '1 month 3 days',
          CASE WHEN s <> 'OPEN' THEN 'Тексерілді. / Проверено.' END,
          CASE WHEN s <> 'OPEN' THEN make_date(t.year, t.month, 1) + interval '1 month 5 days' END,
          CASE WHEN s IN ('ESCALATED', 'UPHELD_KINDERGARTEN') THEN make_date(t.year, t.month, 1) + interval '1 month 7 days' END,
          CASE WHEN s IN ('ESCALATED', 'UPHELD_KINDERGARTEN') THEN make_date(t.year, t.month, 1) + interval '1 month 17 days' END,
          -- a decided dispute has its decision's time (the nightly job counts its grace period from it)
          CASE WHEN s = 'UPHELD_KINDERGARTEN' THEN make_date(t.year, t.month, 1) + interval '1 month 12 days' END
        FROM "Timesheet" t
        CROSS JOIN LATERAL (SELECT CASE WHEN make_date(t.year, t.month, 1) >= date_trunc('month', '${TODAY}'::date - interval '1 month') THEN 'OPEN'
          ELSE (ARRAY['ACCEPTED', 'REJECTED', 'ESCALATED', 'UPHELD_KINDERGARTEN'])[1 + floor(${H('substr(t."childId", 3)::bigint * 100 + t.month', 10)} * 4)::int] END AS s) ss
        WHERE t.status = 'DISPUTED'`);
    });

    await step("vouchers", async () => {
      // Children of private kindergartens hold an active voucher; a few were annulled by the two-months rule.
      await q(`INSERT INTO "Voucher"(id, number, "childId", "organizationId", status, "issuedOn", "issuedAt", "acceptedAt", "contractedAt", "contractNumber", "annulledAt", "annulReason")
        SELECT 'bv' || substr(e.id, 3), 'V-' || lpad(substr(e.id, 3), 7, '0'), e."childId", e."organizationId",
          CASE WHEN r < 0.03 THEN 'ANNULLED' ELSE 'ACTIVE' END::"VoucherStatus",
          '${SCHOOL_YEAR_START}'::date - 20, '${SCHOOL_YEAR_START}'::date - 20, '${SCHOOL_YEAR_START}'::date - 19,
          '${SCHOOL_YEAR_START}'::date - 15, 'Ш-' || substr(e.id, 3),
          CASE WHEN r < 0.03 THEN '${TODAY}'::date - 20 END, CASE WHEN r < 0.03 THEN 'two_months_unconfirmed' END
        FROM "Enrolment" e JOIN "Organization" o ON o.id = e."organizationId"
        CROSS JOIN LATERAL (SELECT ${H("substr(e.id, 3)::bigint", 11)} AS r) rr
        WHERE o."orgType" = 'private_kindergarten'`);
    });

    await step("queue: applications, choices, places", async () => {
      // Queue children: serials 5000…9999, born from March of (year - 4) on; applicants born 1998–2003.
      const kidIin: string[] = [];
      const kidBirth: string[] = [];
      const appIin: string[] = [];
      for (let n = 1; n <= Q; n++) {
        const birth = addDaysUtc(day(`${ty - 4}-03-01`), Math.floor((n - 1) / 500) * 12);
        kidIin.push(makeIin(birth, n % 2 ? "male" : "female", 5000 + ((n - 1) % 500) * 10));
        kidBirth.push(ymd(birth));
        appIin.push(
          makeIin(
            addDaysUtc(day("1998-01-01"), Math.floor((n - 1) / 1000) * 41),
            "female",
            ((n - 1) % 1000) * 10,
          ),
        );
      }
      await q(
        `INSERT INTO "Person"(id, iin, "lastName", "firstName", "birthDate", sex, "updatedAt")
         SELECT 'bqc' || n, iin, ${pick("$3::text[]", "n", 12)}, ${pick("$4::text[]", "n", 13)}, birth::date,
           CASE WHEN n % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END::"Sex", now()
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY t(iin, birth, n)`,
        [kidIin, kidBirth, CHILD_SURNAMES, CHILD_NAMES],
      );
      await q(
        `INSERT INTO "Person"(id, iin, "lastName", "firstName", sex, phone, "updatedAt")
         SELECT 'bqp' || n, iin, ${pick("$2::text[]", "n", 12)}, ${pick("$3::text[]", "n", 14)}, 'FEMALE', '+7707' || lpad(n::text, 7, '0'), now()
         FROM unnest($1::text[]) WITH ORDINALITY t(iin, n)`,
        [appIin, SURNAMES, FIRST_NAMES.slice(0, 20)],
      );
      await q(
        `INSERT INTO "User"(id, "personId", "registeredAt") SELECT 'bu-' || id, id, '2024-01-01' FROM "Person" WHERE id LIKE 'bqp%'`,
      );
      await q(
        `INSERT INTO "MobileCitizen"(id, phone, iin) SELECT 'bmc-' || id, phone, iin FROM "Person" WHERE id LIKE 'bqp%'`,
      );
      await q(`INSERT INTO "LegalRepresentative"(id, "childId", "representativeId", relation, source, status)
        SELECT 'blq' || substr(id, 4), 'bqc' || substr(id, 4), id, 'mother', 'queue', 'VERIFIED' FROM "Person" WHERE id LIKE 'bqp%'`);
      await q(`INSERT INTO "BirthRecord"("childIin", "birthDate", "lastName", "firstName", "motherIin")
        SELECT c.iin, c."birthDate", c."lastName", c."firstName", p.iin FROM "Person" c JOIN "Person" p ON p.id = 'bqp' || substr(c.id, 4)
        WHERE c.id LIKE 'bqc%'`);
      // Districts that have kindergartens (all of them at full scale).
      const dists = Math.min(DISTRICTS.length, K);
      await q(
        `INSERT INTO "QueueApplication"(id, number, "childId", "applicantId", "territoryId", "birthYear", language, priority, phone, "wantsVoucher", status, "submittedAt")
         SELECT 'bq' || n, 'Q-' || lpad(n::text, 7, '0'), 'bqc' || n, 'bqp' || n, 'bt-d' || ((n - 1) % $2 + 1),
           extract(year FROM c."birthDate")::int, CASE WHEN n % 3 = 2 THEN 'RU' ELSE 'KK' END::"GroupLanguage",
           (CASE WHEN r < 0.02 THEN 'OUT_OF_TURN' WHEN r < 0.04 THEN 'LARGE_FAMILY' WHEN r < 0.05 THEN 'DISABLED_PARENT' ELSE 'NONE' END)::"PriorityCategory",
           '+7707' || lpad(n::text, 7, '0'), n % 4 <> 0,
           (CASE WHEN r2 < 0.90 THEN 'WAITING' WHEN r2 < 0.95 THEN 'REFERRED' WHEN r2 < 0.98 THEN 'INACTIVE' ELSE 'REMOVED' END)::"QueueStatus",
           c."birthDate" + interval '20 days' + (n % 600) * interval '1 minute'
         FROM generate_series(1, $1::int) n JOIN "Person" c ON c.id = 'bqc' || n
         CROSS JOIN LATERAL (SELECT ${H("n", 15)} AS r, ${H("n", 16)} AS r2) rr`,
        [Q, dists],
      );
      // Three kindergartens of the application's district, ranked.
      await q(
        `INSERT INTO "QueueApplicationChoice"("applicationId", "organizationId", rank)
         SELECT DISTINCT ON (a.id, k) a.id, 'bo-k' || k, rank FROM (
           SELECT a.id, rank, d, ((d - 1) + $2::int * floor(${H("substr(a.id, 3)::bigint * 10 + rank", 17)} * ceil(($1::int - d + 1)::numeric / $2::int))::int) + 1 AS k
           FROM "QueueApplication" a CROSS JOIN generate_series(1, 3) rank
           CROSS JOIN LATERAL (SELECT substr(a."territoryId", 5)::int AS d) dd) a
         WHERE k <= $1::int ORDER BY a.id, k, rank`,
        [K, DISTRICTS.length],
      );
      // Referred applications hold an issued voucher waiting to be accepted or contracted.
      await q(`INSERT INTO "Voucher"(id, number, "childId", status, "issuedOn", "issuedAt", "acceptBy", "acceptedAt", "contractBy", "applicationId")
        SELECT 'bvq' || substr(a.id, 3), 'VQ-' || lpad(substr(a.id, 3), 7, '0'), a."childId",
          (CASE WHEN substr(a.id, 3)::int % 2 = 0 THEN 'ISSUED' ELSE 'ACCEPTED' END)::"VoucherStatus", '${TODAY}'::date - 3,
          '${TODAY}'::date - 3 + time '10:00', '${TODAY}'::date + 2 + time '18:00',
          CASE WHEN substr(a.id, 3)::int % 2 = 1 THEN '${TODAY}'::date - 2 + time '12:00' END,
          CASE WHEN substr(a.id, 3)::int % 2 = 1 THEN '${TODAY}'::date + 5 + time '18:00' END, a.id
        FROM "QueueApplication" a WHERE a.status = 'REFERRED' AND a."wantsVoucher"`);
      // Released places: a third in priority access, a third in general access, a third taken.
      await q(
        `INSERT INTO "Place"(id, "organizationId", "groupId", "birthYear", language, status, "releasedAt", "generalFrom", "takenAt")
         SELECT 'bpl' || i, g."organizationId", g.id, g."birthYearFrom", g.language,
           (CASE i % 3 WHEN 0 THEN 'PRIORITY' WHEN 1 THEN 'GENERAL' ELSE 'TAKEN' END)::"PlaceStatus",
           '${TODAY}'::date - (i % 30) + time '09:00', '${TODAY}'::date - (i % 30) + 3 + time '09:00',
           CASE WHEN i % 3 = 2 THEN '${TODAY}'::date - (i % 30) + 4 + time '11:00' END
         FROM generate_series(1, $1::int) i JOIN "Group" g ON g.id = 'bg' || (1 + (i * 7919) % $2)`,
        [PLACES, G],
      );
      await q(`INSERT INTO "ProtocolEvent"("placeId", "organizationId", kind, at, details)
        SELECT id, "organizationId", 'RELEASED'::"ProtocolEventKind", "releasedAt", jsonb_build_object('birthYear', "birthYear", 'language', language) FROM "Place"
        UNION ALL
        SELECT id, "organizationId", 'MOVED_TO_GENERAL', "generalFrom", NULL::jsonb FROM "Place" WHERE status IN ('GENERAL', 'TAKEN')
        UNION ALL
        SELECT id, "organizationId", 'TAKEN', "takenAt", NULL FROM "Place" WHERE status = 'TAKEN'
        ORDER BY 4`);
    });

    await step("announcements to the whole region", async () => {
      const author = `(SELECT "personId" FROM "Membership" WHERE "organizationId" = 'bo-region' AND role = 'AUTHORITY_HEAD' LIMIT 1)`;
      await q(`INSERT INTO "Announcement"(id, "organizationId", "authorId", title, body, "readByDate", audiences, "publishedAt")
        SELECT 'ba' || i, 'bo-region', ${author}, 'Хабарландыру №' || i || ' / Объявление №' || i,
          'Құрметті әріптестер мен ата-аналар! / Уважаемые коллеги и родители!', '${TODAY}'::date + 7,
          '["own:all","subordinate:all","kindergarten:parents"]'::jsonb, '${TODAY}'::date - 10 * i + time '10:00'
        FROM generate_series(1, 3) i`);
      await q(`INSERT INTO "AnnouncementRecipient"("announcementId", "personId", "organizationId", via, "readAt")
        SELECT a.id, m."personId", m."organizationId", 'staff', CASE WHEN ${H('substr(m."personId", 3)::bigint * 10 + substr(a.id, 3)::int', 18)} < 0.6 THEN a."publishedAt" + interval '3 hours' END
        FROM "Announcement" a CROSS JOIN "Membership" m
        UNION ALL
        SELECT a.id, r."representativeId", e."organizationId", 'parent', CASE WHEN ${H("substr(e.id, 3)::bigint * 10 + substr(a.id, 3)::int", 19)} < 0.4 THEN a."publishedAt" + interval '5 hours' END
        FROM "Announcement" a CROSS JOIN "Enrolment" e JOIN "LegalRepresentative" r ON r."childId" = e."childId"`);
    });

    const counts: Record<string, number> = {};
    // VACUUM as well: a database just filled by bulk inserts has no visibility map, so index-only scans read
    // the table, and autovacuum would start on the 30 million marks in the middle of the benchmark (the
    // first run measured half the floor's rate while it ran).
    await step("VACUUM ANALYZE", async () => {
      if (replica) await q(`SET session_replication_role = DEFAULT`);
      await q(`VACUUM (ANALYZE)`);
      for (const t of [
        "Territory",
        "Organization",
        "Group",
        "Person",
        "User",
        "Membership",
        "GroupEducator",
        "LegalRepresentative",
        "BirthRecord",
        "MobileCitizen",
        "Enrolment",
        "AttendanceMark",
        "Timesheet",
        "TimesheetConfirmation",
        "TimesheetDispute",
        "Voucher",
        "QueueApplication",
        "QueueApplicationChoice",
        "Place",
        "ProtocolEvent",
        "Announcement",
        "AnnouncementRecipient",
      ]) {
        const { rows } = await q(`SELECT count(*)::int AS n FROM "${t}"`);
        counts[t] = rows[0].n;
      }
      const { rows: st } = await q(`SELECT
        (SELECT count(*)::int FROM "Membership") AS staff,
        (SELECT count(*)::int FROM "Person" WHERE id LIKE 'bc%') AS children,
        (SELECT count(*)::int FROM "Person" WHERE id LIKE 'bp%') AS parents`);
      Object.assign(counts, {
        "staff (people)": st[0].staff,
        children: st[0].children,
        "children's parents": st[0].parents,
      });
      await q(
        `INSERT INTO "AuditLog"(action, "entityType", "entityId", "organizationId", after)
         VALUES ('bench.data', 'Organization', 'bo-region', 'bo-region', $1)`,
        [JSON.stringify({ scale: SCALE, seed: SEED, today: TODAY, counts })],
      );
    });
    return counts;
  } finally {
    db.release();
  }
}

await main();
