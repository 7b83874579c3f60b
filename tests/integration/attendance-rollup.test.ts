import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";

// AttendanceMonth (the monthly rollup the reports read) is kept by statement-level triggers on
// AttendanceMark. Whatever happens to the marks — one insert, an upsert that updates, a statement of many
// rows, a correction that moves a mark between present and absent, a deletion, statements running at
// once — the rollup must equal the counts recomputed from the marks themselves.

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ReportsWorld;

beforeEach(async () => {
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
});
afterAll(disconnectPrisma);

type Row = Record<string, string | number>;
const COLS = `marked, present, absent, "illnessCertified", "illnessUncertified", vacation, family, quarantine,
  unexcused, other, unknown`;

// The rollup as stored, and as recomputed from the marks — both as sorted plain rows.
async function stored(): Promise<Row[]> {
  return db.$queryRawUnsafe<
    Row[]
  >(`SELECT "childId", "groupId", "organizationId", to_char(month, 'YYYY-MM-DD') AS month, ${COLS}
    FROM "AttendanceMonth" ORDER BY 1, 2, 4`);
}
async function recomputed(): Promise<Row[]> {
  return db.$queryRawUnsafe<
    Row[]
  >(`SELECT m."childId", m."groupId", max(m."organizationId") AS "organizationId",
      to_char(date_trunc('month', m.date), 'YYYY-MM-DD') AS month,
      count(*)::int AS marked,
      count(*) FILTER (WHERE status = 'PRESENT')::int AS present,
      count(*) FILTER (WHERE status = 'ABSENT')::int AS absent,
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'ILLNESS_CERTIFIED')::int AS "illnessCertified",
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'ILLNESS_UNCERTIFIED')::int AS "illnessUncertified",
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'VACATION')::int AS vacation,
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'FAMILY')::int AS family,
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'QUARANTINE')::int AS quarantine,
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'UNEXCUSED')::int AS unexcused,
      count(*) FILTER (WHERE status = 'ABSENT' AND reason = 'OTHER')::int AS other,
      count(*) FILTER (WHERE status = 'ABSENT' AND (reason IS NULL OR reason = 'UNKNOWN'))::int AS unknown
    FROM "AttendanceMark" m GROUP BY 1, 2, 4 ORDER BY 1, 2, 4`);
}

// One statement marking the given children present on every weekday of a month (the bulk shape of
// "everyone present" and of the generator), as one INSERT … SELECT.
function markMonth(childIds: string[], month: string, status: "PRESENT" | "ABSENT" = "PRESENT") {
  return db.$executeRawUnsafe(
    `INSERT INTO "AttendanceMark"("childId", "organizationId", "groupId", date, status, reason, "markedById")
     SELECT e."childId", e."organizationId", e."groupId", d::date, $3::"AttendanceStatus",
       CASE WHEN $3 = 'ABSENT' THEN 'VACATION'::"AbsenceReason" END, $4
     FROM "Enrolment" e CROSS JOIN generate_series($2::date, ($2::date + interval '1 month' - interval '1 day'), '1 day') d
     WHERE e."childId" = ANY($1) AND extract(isodow FROM d) < 6
     ON CONFLICT ("childId", date) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason`,
    childIds,
    month,
    status,
    w.people.educatorN1.person.id,
  );
}

describe("the monthly attendance rollup", () => {
  it("follows single marks, corrections, deletions and bulk upserts exactly", async () => {
    const c1 = w.children.c1!.id;
    const c2 = w.children.c2!.id;
    await w.mark("c1", "2026-09-01");
    await w.mark("c1", "2026-09-02", "ILLNESS_CERTIFIED");
    await w.mark("c1", "2026-09-03", null);
    await w.mark("c2", "2026-10-01", "FAMILY");
    expect(await stored()).toEqual(await recomputed());
    expect((await stored()).find((r) => r.childId === c1)).toMatchObject({
      month: "2026-09-01",
      marked: 3,
      present: 1,
      absent: 2,
      illnessCertified: 1,
      unknown: 1,
    });

    // A correction: absent (unknown) → present; another: present → absent for a vacation.
    await db.attendanceMark.updateMany({
      where: { childId: c1, date: new Date("2026-09-03") },
      data: { status: "PRESENT", reason: null },
    });
    await db.attendanceMark.updateMany({
      where: { childId: c1, date: new Date("2026-09-01") },
      data: { status: "ABSENT", reason: "VACATION" },
    });
    expect(await stored()).toEqual(await recomputed());

    // A bulk statement that inserts most days and updates the three marked ones.
    await markMonth([c1, c2], "2026-09-01");
    expect(await stored()).toEqual(await recomputed());
    await markMonth([c1], "2026-09-01", "ABSENT");
    expect(await stored()).toEqual(await recomputed());

    // Deleting some marks shrinks the row; deleting all of a month's marks removes it.
    await db.attendanceMark.deleteMany({ where: { childId: c1, date: { lte: new Date("2026-09-10") } } });
    expect(await stored()).toEqual(await recomputed());
    await db.attendanceMark.deleteMany({ where: { childId: c2, date: { lt: new Date("2026-10-01") } } });
    const after = await stored();
    expect(after).toEqual(await recomputed());
    expect(after.filter((r) => r.childId === c2).map((r) => r.month)).toEqual(["2026-10-01"]);
  });

  it("stays exact when statements on the same children run at once (no deadlock, no lost count)", async () => {
    const ids = Object.values(w.children).map((c) => c!.id);
    // Ten concurrent statements, each marking every child on its own day of September, half of them in the
    // reverse order of children: they share the children's rollup rows, not marks.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.$executeRawUnsafe(
          `INSERT INTO "AttendanceMark"("childId", "organizationId", "groupId", date, status, "markedById")
           SELECT e."childId", e."organizationId", e."groupId", $2::date, 'PRESENT', $3
           FROM "Enrolment" e WHERE e."childId" = ANY($1)
           ORDER BY e."childId" ${i % 2 ? "ASC" : "DESC"}`,
          ids,
          `2026-09-${String(i + 1).padStart(2, "0")}`,
          w.people.educatorN1.person.id,
        ),
      ),
    );
    const rows = await stored();
    expect(rows).toEqual(await recomputed());
    expect(rows.map((r) => r.marked)).toEqual(ids.map(() => 10));
  });
});
