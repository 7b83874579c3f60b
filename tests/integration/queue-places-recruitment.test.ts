import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKgManager, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { makeOfficer } from "./fixtures/voucher";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import { deleteSchedule, listSchedules, saveSchedule } from "@/lib/queue/recruitment/schedule";
import { deleteShift, saveShift } from "@/lib/queue/recruitment/shifts";
import { deleteOwnShift, ownScheduleLines, saveOwnShift } from "@/lib/queue/recruitment/own-shift";
import { saveQueueSettings } from "@/lib/queue/recruitment/settings";
import { districtSchedule } from "@/lib/queue/recruitment/public";
import { scheduleSchema } from "@/lib/queue/recruitment/schemas";
import { PlaceWindows } from "@/lib/queue/places/place-windows";
import { moveDuePlacesToGeneral } from "@/lib/queue/places/general-access";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const TEMIRTAU_2021 = {
  year: 2024,
  birthYear: 2021,
  priorityFrom: "2024-06-03",
  priorityTo: "2024-06-05",
  generalFrom: "2024-06-06",
};

async function department(code: string) {
  const d = await makeQueueDistrict(db, code, [{ name: `${code}-балабақша`, birthYears: [2020, 2021] }]);
  const ctx: AuthorityContext = {
    actor: await makeOfficer(db, d.authority.id),
    organizationId: d.authority.id,
  };
  return { ...d, ctx };
}

describe("the department's summer-recruitment schedule", () => {
  it("sets per birth year the priority days and the general day, with kindergartens' shifts, all audited", async () => {
    const {
      ctx,
      kindergartens: [kg],
      territory,
    } = await department("tem");
    const saved = await saveSchedule(
      ctx,
      scheduleSchema.parse({ ...TEMIRTAU_2021, year: "2024", birthYear: "2021" }),
    );
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.value : "";
    expect(
      await saveShift(ctx, {
        scheduleId: id,
        organizationId: kg!.id,
        priorityFrom: "2024-06-10",
        priorityTo: "2024-06-12",
        generalFrom: "2024-06-13",
        reason: "Ағымдағы жөндеу",
      }),
    ).toMatchObject({ ok: true });
    const [line] = await listSchedules(ctx.organizationId, 2024);
    expect(line).toMatchObject({
      birthYear: 2021,
      priorityFrom: "2024-06-03",
      priorityTo: "2024-06-05",
      generalFrom: "2024-06-06",
    });
    expect(line!.shifts.map((s) => [s.organization.id, s.priorityFrom, s.reason])).toEqual([
      [kg!.id, "2024-06-10", "Ағымдағы жөндеу"],
    ]);
    expect((await districtSchedule(territory.id, 2024))?.lines).toHaveLength(1);
    expect((await districtSchedule(territory.id, 2030))?.year).toBe(2024); // the most recent when none is ahead
    await deleteShift(ctx, line!.shifts[0]!.id);
    await deleteSchedule(ctx, id);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "recruitment.create",
      "recruitment_shift.create",
      "recruitment_shift.delete",
      "recruitment.delete",
    ]);
  });

  it("refuses dates out of order, a duplicate birth year and a child too old, writing nothing", async () => {
    const { ctx } = await department("bad");
    expect(await saveSchedule(ctx, { ...TEMIRTAU_2021, priorityTo: "2024-06-02" })).toMatchObject({
      ok: false,
      fieldErrors: { priorityTo: "validation.recruitment.order" },
    });
    expect(await saveSchedule(ctx, { ...TEMIRTAU_2021, generalFrom: "2024-06-05" })).toMatchObject({
      ok: false,
      fieldErrors: { generalFrom: "validation.recruitment.generalAfter" },
    });
    expect(await saveSchedule(ctx, { ...TEMIRTAU_2021, birthYear: 2015 })).toMatchObject({
      ok: false,
      fieldErrors: { birthYear: "validation.recruitment.birthYear" },
    });
    expect(
      scheduleSchema.safeParse({
        ...TEMIRTAU_2021,
        year: "2024",
        birthYear: "2021",
        priorityFrom: "2024-02-30",
      }).success,
    ).toBe(false);
    expect(await db.recruitmentSchedule.count()).toBe(0);
    await saveSchedule(ctx, TEMIRTAU_2021);
    expect(await saveSchedule(ctx, TEMIRTAU_2021)).toMatchObject({
      ok: false,
      fieldErrors: { birthYear: "validation.recruitment.duplicate" },
    });
    expect(await db.recruitmentSchedule.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(1);
  });

  it("touches only its own schedule and its own kindergartens", async () => {
    const mine = await department("mine");
    const theirs = await department("theirs");
    const s = await saveSchedule(theirs.ctx, TEMIRTAU_2021);
    const theirId = s.ok ? s.value : "";
    await expect(saveSchedule(mine.ctx, { ...TEMIRTAU_2021, id: theirId })).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(deleteSchedule(mine.ctx, theirId)).rejects.toEqual(new AppError("not_found"));
    const own = await saveSchedule(mine.ctx, TEMIRTAU_2021);
    const shift = {
      organizationId: theirs.kindergartens[0]!.id,
      priorityFrom: "2024-06-10",
      priorityTo: "2024-06-12",
      generalFrom: "2024-06-13",
      reason: "Жөндеу",
    };
    await expect(saveShift(mine.ctx, { ...shift, scheduleId: own.ok ? own.value : "" })).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(
      saveShift(mine.ctx, { ...shift, scheduleId: theirId, organizationId: mine.kindergartens[0]!.id }),
    ).rejects.toEqual(new AppError("not_found"));
    expect(await db.recruitmentShift.count()).toBe(0);
  });

  it("the schedule (and a kindergarten's shift) decides when its summer places open to everyone", async () => {
    const {
      ctx,
      kindergartens: [kg],
    } = await department("sum");
    const s = await saveSchedule(ctx, TEMIRTAU_2021);
    const released = new Date("2024-05-27T10:00:00+05:00");
    const place = await makePlace(db, kg!, { birthYear: 2021, status: "PRIORITY", releasedAt: released });
    expect(await new PlaceWindows(db).windowOf(place)).toEqual({
      priorityFrom: new Date("2024-06-03T00:00:00+05:00"),
      generalFrom: new Date("2024-06-06T00:00:00+05:00"),
      summer: true,
      paused: false,
    });
    await saveShift(ctx, {
      scheduleId: s.ok ? s.value : "",
      organizationId: kg!.id,
      priorityFrom: "2024-06-10",
      priorityTo: "2024-06-12",
      generalFrom: "2024-06-13",
      reason: "Жауапты қызметкердің ауруы",
    });
    expect((await new PlaceWindows(db).windowOf(place)).generalFrom).toEqual(
      new Date("2024-06-13T00:00:00+05:00"),
    );
    expect(await moveDuePlacesToGeneral(new Date("2024-06-12T23:59:00+05:00"))).toBe(0);
    expect(await moveDuePlacesToGeneral(new Date("2024-06-13T00:00:00+05:00"))).toBe(1);
  });

  it("the department's queue periods are saved with an audit record", async () => {
    const { ctx } = await department("per");
    await saveQueueSettings(ctx, {
      priorityRatioGeneral: 4,
      priorityWindowWorkDays: 2,
      referralValidityWorkDays: 5,
      stopListDays: 10,
    });
    expect(
      await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: ctx.organizationId } }),
    ).toMatchObject({ priorityRatioGeneral: 4, priorityWindowWorkDays: 2 });
    const [a] = await db.auditLog.findMany();
    expect([
      a!.action,
      a!.before as object | null,
      (a!.after as { priorityRatioGeneral: number }).priorityRatioGeneral,
    ]).toEqual(["queue_settings.update", null, 4]);
  });
});

describe("a kindergarten shifts its own summer dates", () => {
  const reason = "Ағымдағы жөндеу";
  const june = { priorityFrom: "2027-06-14", priorityTo: "2027-06-16", generalFrom: "2027-06-17" };

  it("before its dates begin, with the reason: the department's list, the window of its places and the audit show it; it can return to the department's dates", async () => {
    const {
      ctx,
      kindergartens: [kg],
    } = await department("own");
    const other = await department("oth");
    const saved = await saveSchedule(
      ctx,
      scheduleSchema.parse({
        year: "2027",
        birthYear: "2022",
        priorityFrom: "2027-06-01",
        priorityTo: "2027-06-03",
        generalFrom: "2027-06-04",
      }),
    );
    const scheduleId = saved.ok ? saved.value : "";
    const manager = await makeKgManager(db, kg!.id);
    const may = new Date("2027-05-20T10:00:00+05:00");
    expect(await saveOwnShift(manager, { scheduleId, ...june, reason }, may)).toMatchObject({ ok: true });
    const [line] = await listSchedules(ctx.organizationId, 2027);
    expect(
      line!.shifts.map((s) => [s.organization.id, s.priorityFrom, s.reason, s.enteredAt?.toISOString()]),
    ).toEqual([[kg!.id, "2027-06-14", reason, may.toISOString()]]);
    const [own] = await ownScheduleLines(kg!.id, may);
    expect([own!.department.priorityFrom, own!.effective.priorityFrom, own!.open]).toEqual([
      "2027-06-01",
      "2027-06-14",
      true,
    ]);
    // A place of the kindergarten released in May waits for its own priority days, not the department's.
    const place = await makePlace(db, kg!, { birthYear: 2022, status: "PRIORITY", releasedAt: may });
    const w = await new PlaceWindows(db).windowOf(place);
    expect([w.priorityFrom.toISOString(), w.generalFrom.toISOString()]).toEqual([
      "2027-06-13T19:00:00.000Z",
      "2027-06-16T19:00:00.000Z",
    ]);
    // … and the protocol records the release with the kindergarten's own dates and their reason.
    expect(await new PlaceWindows(db).releaseFacts(place)).toEqual({
      offeredFrom: "2027-06-13T19:00:00.000Z",
      generalFrom: "2027-06-16T19:00:00.000Z",
      pause: null,
      shift: reason,
    });
    // Another department's line is not the kindergarten's to shift.
    const theirs = await saveSchedule(
      other.ctx,
      scheduleSchema.parse({ year: "2027", birthYear: "2022", ...june }),
    );
    await expect(
      saveOwnShift(manager, { scheduleId: theirs.ok ? theirs.value : "", ...june, reason }, may),
    ).rejects.toEqual(new AppError("not_found"));
    const shiftId = line!.shifts[0]!.id;
    expect(await deleteOwnShift(manager, shiftId, may)).toMatchObject({ ok: true });
    expect(await db.recruitmentShift.count()).toBe(0);
    const audits = await db.auditLog.findMany({
      where: { action: { startsWith: "recruitment_shift" } },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, a.organizationId])).toEqual([
      ["recruitment_shift.create", kg!.id],
      ["recruitment_shift.delete", kg!.id],
    ]);
  });

  it("is refused, writing nothing, once its current dates have begun or for dates already past", async () => {
    const {
      ctx,
      kindergartens: [kg],
    } = await department("lat");
    const saved = await saveSchedule(
      ctx,
      scheduleSchema.parse({
        year: "2027",
        birthYear: "2022",
        priorityFrom: "2027-06-01",
        priorityTo: "2027-06-03",
        generalFrom: "2027-06-04",
      }),
    );
    const scheduleId = saved.ok ? saved.value : "";
    const manager = await makeKgManager(db, kg!.id);
    expect(
      await saveOwnShift(manager, { scheduleId, ...june, reason }, new Date("2027-06-01T00:00:00+05:00")),
    ).toEqual({ ok: false, fieldErrors: { priorityFrom: "validation.recruitment.started" } });
    expect(
      await saveOwnShift(
        manager,
        {
          scheduleId,
          priorityFrom: "2027-05-10",
          priorityTo: "2027-05-12",
          generalFrom: "2027-05-13",
          reason,
        },
        new Date("2027-05-20T10:00:00+05:00"),
      ),
    ).toEqual({ ok: false, fieldErrors: { priorityFrom: "validation.recruitment.future" } });
    expect(await db.recruitmentShift.count()).toBe(0);
    const [own] = await ownScheduleLines(kg!.id, new Date("2027-06-02T10:00:00+05:00"));
    expect(own!.open).toBe(false);
  });
});
