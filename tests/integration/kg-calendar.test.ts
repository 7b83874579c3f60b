import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroup } from "./fixtures/contingent";
import { enrolChild, makeHolidays, makeSchoolYear, markPresent } from "./fixtures/kg-reference";
import { kindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import { saveSchoolYear } from "@/lib/kindergarten/calendar/school-years";
import { addClosure, removeClosure } from "@/lib/kindergarten/calendar/closures";
import { schoolYearSchema } from "@/lib/kindergarten/calendar/schemas";
import { calendarOverview } from "@/lib/kindergarten/calendar/overview";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
const d = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// Republic Day 25.10.2026 is a Sunday, so Monday 26.10 is the transferred day off; 16.12 a Wednesday holiday;
// Saturday 28.11 made a working day by decree.
async function nationalCalendar() {
  await makeHolidays(db, [
    { date: "2026-10-25", kind: "HOLIDAY", name: "Республика" },
    { date: "2026-10-26", kind: "TRANSFER_DAY_OFF", name: "Перенос" },
    { date: "2026-11-28", kind: "WORKING_DAY", name: "Рабочая суббота" },
    { date: "2026-12-16", kind: "HOLIDAY", name: "Тәуелсіздік" },
  ]);
}

describe("kindergartenCalendar", () => {
  it("tells working days from weekends, holidays, transfers, closures and days outside the school year", async () => {
    await nationalCalendar();
    const kg = await makeKindergarten(db);
    const other = await makeKindergarten(db);
    await makeSchoolYear(db, kg.id, "2026-09-01", "2027-05-31", ["2027-06-01", "2027-08-31"]);
    await makeSchoolYear(db, other.id, "2026-08-01", "2027-07-31");
    await db.orgClosure.create({
      data: { organizationId: kg.id, date: d("2026-10-16"), reason: "Жөндеу / ремонт" },
    });
    await db.orgClosure.create({
      data: { organizationId: other.id, date: d("2026-10-15"), reason: "Карантин" },
    });
    const cal = await kindergartenCalendar(kg.id, "2026-08-01", "2027-09-30");
    const kinds = Object.fromEntries(
      [
        "2026-08-31",
        "2026-09-01",
        "2026-09-05",
        "2026-10-15",
        "2026-10-16",
        "2026-10-25",
        "2026-10-26",
        "2026-10-27",
        "2026-11-28",
        "2026-12-16",
        "2027-07-15",
        "2027-09-01",
      ].map((x) => [x, cal.dayKind(x)]),
    );
    expect(kinds).toEqual({
      "2026-08-31": "outside_school_year",
      "2026-09-01": "working",
      "2026-09-05": "weekend",
      "2026-10-15": "working",
      "2026-10-16": "closure",
      "2026-10-25": "holiday",
      "2026-10-26": "holiday",
      "2026-10-27": "working",
      "2026-11-28": "working",
      "2026-12-16": "holiday",
      "2027-07-15": "working",
      "2027-09-01": "outside_school_year",
    });
    expect(cal.isWorkingDay("2026-10-16")).toBe(false);
    expect(cal.isWorkingDay("2026-10-26")).toBe(false);
    expect(cal.isWorkingDay("2026-11-28")).toBe(true);
    expect(cal.isWorkingDay("2026-08-31")).toBe(false);
    expect(cal.isSummer("2027-07-15")).toBe(true);
    expect(cal.isSummer("2027-05-31")).toBe(false);
    expect(cal.holidayName("2026-10-25", "kk")).toBe("Республика kk");
    expect(cal.holidayName("2026-10-26", "ru")).toBe("Перенос ru");
    expect(cal.holidayName("2026-12-16", "en")).toBe("Тәуелсіздік en");
    expect(cal.holidayName("2026-10-27", "kk")).toBeUndefined();
    expect(cal.closureReason("2026-10-16")).toBe("Жөндеу / ремонт");
    expect(cal.closureReason("2026-10-15")).toBeUndefined();
    // October 2026: 22 weekdays, minus the closure and the transferred day off
    expect(cal.workingDays().filter((x) => x.startsWith("2026-10"))).toHaveLength(20);
    expect(() => cal.dayKind("2027-10-01")).toThrow(RangeError);
    await expect(kindergartenCalendar(kg.id, "2026-10-31", "2026-10-01")).rejects.toThrow(RangeError);
  });

  it("lets a closure win over a working Saturday and sees only the range it loaded", async () => {
    await nationalCalendar();
    const kg = await makeKindergarten(db);
    await makeSchoolYear(db, kg.id, "2026-09-01", "2027-05-31");
    await db.orgClosure.create({
      data: { organizationId: kg.id, date: d("2026-11-28"), reason: "Карантин" },
    });
    const cal = await kindergartenCalendar(kg.id, "2026-11-28", "2026-11-28");
    expect(cal.dayKind("2026-11-28")).toBe("closure");
    expect(cal.workingDays()).toEqual([]);
  });
});

describe("school years", () => {
  it("creates and edits a school year with its summer, with audit records", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const y = await saveSchoolYear(
      ctx,
      schoolYearSchema.parse({
        startsOn: "2026-09-01",
        endsOn: "2027-05-31",
        summerStartsOn: "2027-06-01",
        summerEndsOn: "2027-08-31",
      }),
    );
    await saveSchoolYear(ctx, {
      id: y.id,
      startsOn: "2026-09-01",
      endsOn: "2027-05-28",
      summerStartsOn: null,
      summerEndsOn: null,
    });
    expect(await db.schoolYear.findUniqueOrThrow({ where: { id: y.id } })).toMatchObject({
      endsOn: d("2027-05-28"),
      summerStartsOn: null,
    });
    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((a) => a.action)).toEqual(["school_year.create", "school_year.update"]);
    expect(log[1]!.before).toMatchObject({ summerEndsOn: "2027-08-31T00:00:00.000Z" });
  });

  it("refuses overlapping years (summer included), foreign ids, and edits that strand closures", async () => {
    const kg = await makeKindergarten(db);
    const theirs = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const y = await saveSchoolYear(ctx, {
      startsOn: "2026-09-01",
      endsOn: "2027-05-31",
      summerStartsOn: "2027-06-01",
      summerEndsOn: "2027-08-31",
    });
    await expect(
      saveSchoolYear(ctx, {
        startsOn: "2027-08-15",
        endsOn: "2028-05-31",
        summerStartsOn: null,
        summerEndsOn: null,
      }),
    ).rejects.toMatchObject({
      key: "validation.yearOverlap",
      field: "startsOn",
      values: { from: "01.09.2026", to: "31.08.2027" },
    });
    const next = await saveSchoolYear(ctx, {
      startsOn: "2027-09-01",
      endsOn: "2028-05-31",
      summerStartsOn: null,
      summerEndsOn: null,
    });
    await expect(
      saveSchoolYear(ctx, {
        id: next.id,
        startsOn: "2027-09-01",
        endsOn: "2028-05-31",
        summerStartsOn: "2026-12-01",
        summerEndsOn: "2026-12-31",
      }),
    ).rejects.toMatchObject({ key: "validation.summerPlacement", field: "summerStartsOn" }); // checked even without the schema
    const foreign = await makeSchoolYear(db, theirs.id, "2026-09-01", "2027-05-31");
    await expect(
      saveSchoolYear(ctx, {
        id: foreign.id,
        startsOn: "2020-09-01",
        endsOn: "2021-05-31",
        summerStartsOn: null,
        summerEndsOn: null,
      }),
    ).rejects.toEqual(new AppError("not_found"));
    await db.orgClosure.create({ data: { organizationId: kg.id, date: d("2027-07-01"), reason: "Жөндеу" } });
    await expect(
      saveSchoolYear(ctx, {
        id: y.id,
        startsOn: "2026-09-01",
        endsOn: "2027-05-31",
        summerStartsOn: null,
        summerEndsOn: null,
      }),
    ).rejects.toMatchObject({ key: "validation.yearLeavesClosures", values: { count: 1 } });
    expect(await db.schoolYear.findUniqueOrThrow({ where: { id: y.id } })).toMatchObject({
      summerEndsOn: d("2027-08-31"),
    });
    expect(await db.schoolYear.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      startsOn: d("2026-09-01"),
    });
    expect(await db.auditLog.count()).toBe(2);
  });
});

describe("closures", () => {
  it("closes a working day inside the school year and removes it again, with audit records", async () => {
    await nationalCalendar();
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    await makeSchoolYear(db, kg.id, "2026-09-01", "2027-05-31", ["2027-06-01", "2027-08-31"]);
    const c = await addClosure(ctx, { date: "2026-10-16", reason: "Жөндеу" });
    await addClosure(ctx, { date: "2026-11-28", reason: "Карантин" }); // a Saturday made a working day
    await addClosure(ctx, { date: "2027-07-15", reason: "Жазғы жөндеу" }); // summer counts as the school year
    expect((await kindergartenCalendar(kg.id, "2026-10-16", "2026-10-16")).dayKind("2026-10-16")).toBe(
      "closure",
    );
    await removeClosure(ctx, c.id);
    expect((await kindergartenCalendar(kg.id, "2026-10-16", "2026-10-16")).dayKind("2026-10-16")).toBe(
      "working",
    );
    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((a) => a.action)).toEqual([
      "closure.create",
      "closure.create",
      "closure.create",
      "closure.delete",
    ]);
    expect(log[3]).toMatchObject({
      organizationId: kg.id,
      before: expect.objectContaining({ reason: "Жөндеу" }),
    });
  });

  it("refuses days off, days outside the school year, duplicates, marked days and foreign closures", async () => {
    await nationalCalendar();
    const kg = await makeKindergarten(db);
    const theirs = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    await makeSchoolYear(db, kg.id, "2026-09-01", "2027-05-31");
    const refuse = (date: string) => addClosure(ctx, { date, reason: "Себеп" });
    await expect(refuse("2026-09-05")).rejects.toMatchObject({
      key: "validation.alreadyDayOff",
      field: "date",
    }); // Saturday
    await expect(refuse("2026-10-25")).rejects.toMatchObject({ key: "validation.alreadyDayOff" }); // holiday
    await expect(refuse("2026-10-26")).rejects.toMatchObject({ key: "validation.alreadyDayOff" }); // transfer
    await expect(refuse("2026-08-31")).rejects.toMatchObject({ key: "validation.closureOutsideYear" });
    await expect(refuse("2027-06-15")).rejects.toMatchObject({ key: "validation.closureOutsideYear" }); // no summer in this year
    await addClosure(ctx, { date: "2026-10-16", reason: "Жөндеу" });
    await expect(refuse("2026-10-16")).rejects.toMatchObject({ key: "validation.closureExists" });
    const group = await makeGroup(db, kg.id);
    const child = await enrolChild(db, group, "2026-09-01");
    await markPresent(db, group, child.id, "2026-10-14", ctx.actor.personId);
    await expect(refuse("2026-10-14")).rejects.toMatchObject({
      key: "validation.closureHasMarks",
      values: { count: 1 },
    });
    // another kindergarten's school year doesn't open the day, and its closures can't be removed
    await makeSchoolYear(db, theirs.id, "2025-09-01", "2026-08-31");
    await expect(refuse("2026-06-10")).rejects.toMatchObject({ key: "validation.closureOutsideYear" });
    const foreign = await db.orgClosure.create({
      data: { organizationId: theirs.id, date: d("2026-06-10"), reason: "Карантин" },
    });
    await expect(removeClosure(ctx, foreign.id)).rejects.toEqual(new AppError("not_found"));
    expect(await db.orgClosure.count()).toBe(2);
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe("calendar page data", () => {
  it("shows the year holding today (in the kindergarten's zone), its closures only, and suggests the next year", async () => {
    const kg = await makeKindergarten(db);
    const first = await makeSchoolYear(db, kg.id, "2025-09-01", "2026-05-31", ["2026-06-01", "2026-08-31"]);
    const second = await makeSchoolYear(db, kg.id, "2026-09-01", "2027-05-31", ["2027-06-01", "2027-08-31"]);
    await db.orgClosure.create({
      data: { organizationId: kg.id, date: d("2026-03-02"), reason: "Карантин" },
    });
    await db.orgClosure.create({ data: { organizationId: kg.id, date: d("2026-10-16"), reason: "Жөндеу" } });
    // 31 Aug 2026, 20:00 UTC is already 1 September in Almaty
    const o = await calendarOverview(kg.id, new Date("2026-08-31T20:00:00Z"));
    expect(o.today).toBe("2026-09-01");
    expect(o.selected?.id).toBe(second.id);
    expect(o.closures.map((c) => c.reason)).toEqual(["Жөндеу"]);
    expect(o.calendar?.from).toBe("2026-09-01");
    expect(o.calendar?.to).toBe("2027-08-31");
    expect(o.suggested.startsOn).toBe("2027-09-01");
    const chosen = await calendarOverview(kg.id, new Date("2026-08-31T20:00:00Z"), first.id);
    expect(chosen.closures.map((c) => c.reason)).toEqual(["Карантин"]);
  });
});
