import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { enrolment, iinFor, makeGroup, makeSchoolYears, rep } from "./fixtures/contingent";
import { enrolChild } from "@/lib/kindergarten/contingent/enrol-child";
import { transferChild } from "@/lib/kindergarten/contingent/transfer-child";
import { withdrawChild } from "@/lib/kindergarten/contingent/withdraw-child";
import { addRepresentative, removeRepresentative } from "@/lib/kindergarten/contingent/representatives";
import { listContingent } from "@/lib/kindergarten/contingent/list-contingent";
import { childCard } from "@/lib/kindergarten/contingent/child-card";
import { representativeSchema } from "@/lib/kindergarten/contingent/schemas";
import type { ManagerContext } from "@/lib/auth/audiences";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const opts = { now: new Date("2026-11-22T05:00:00Z"), locale: "ru" };
const ymd = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function setup() {
  const kg = await makeKindergarten(db);
  await makeSchoolYears(db, kg.id);
  const ctx = await makeManager(db, kg.id);
  const group = await makeGroup(db, kg.id, { name: "Күншуақ", capacity: 2 });
  return { kg, ctx, group };
}

async function enrolled(ctx: ManagerContext, groupId: string, extra = {}) {
  const outcome = await enrolChild(ctx, enrolment(groupId, iinFor("2021-04-12"), extra), opts);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

// Rows that any refused operation must leave as they were.
const snapshot = async () => ({
  persons: await db.person.count(),
  enrolments: await db.enrolment.findMany({ orderBy: { id: "asc" } }),
  reps: await db.legalRepresentative.count(),
  audit: await db.auditLog.count(),
});

describe("contingent: enrolment", () => {
  it("enrols a new child with representatives, reusing people on record by IIN, with audit records", async () => {
    const { ctx, group } = await setup();
    const fatherIin = iinFor("1990-10-09");
    const father = await db.person.create({
      data: { iin: fatherIin, lastName: "", firstName: "", phone: "+77010000002" },
    }); // signed in before, no names yet
    const childIin = iinFor("2021-04-12");
    const outcome = await enrolChild(
      ctx,
      enrolment(group.id, childIin, {
        representatives: [
          rep(iinFor("1992-07-14", "female")),
          representativeSchema.parse({
            iin: fatherIin,
            lastName: "Жұмабаев",
            firstName: "Дәурен",
            relation: "father",
            phone: "8 (702) 111-22-33",
          }),
        ],
      }),
      opts,
    );
    expect(outcome.ok).toBe(true);
    const child = await db.person.findUniqueOrThrow({
      where: { iin: childIin },
      include: { enrolments: true, representatives: { include: { representative: true } } },
    });
    expect(ymd(child.birthDate)).toBe("2021-04-12"); // from the IIN
    expect(child.sex).toBe("MALE");
    expect(child.enrolments).toMatchObject([
      { groupId: group.id, orderNumber: "№ 12-ө", endsOn: null, capacityOverrideReason: null },
    ]);
    expect(child.representatives.map((r) => [r.relation, r.source]).sort()).toEqual([
      ["father", "contingent"],
      ["mother", "contingent"],
    ]);
    const dad = await db.person.findUniqueOrThrow({ where: { id: father.id } });
    // Blank names are filled in; the father's own phone stays his: the one entered is the kindergarten's contact.
    expect([dad.lastName, dad.firstName, dad.phone]).toEqual(["Жұмабаев", "Дәурен", "+77010000002"]);
    const dadLink = child.representatives.find((r) => r.representativeId === father.id)!;
    expect([dadLink.contactPhone, dadLink.status]).toEqual(["+77021112233", "VERIFIED"]);
    expect(await db.person.count({ where: { iin: fatherIin } })).toBe(1);
    const actions = (await db.auditLog.findMany({ where: { organizationId: ctx.organizationId } }))
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual([
      "contingent.enrol",
      "contingent.person_create",
      "contingent.person_create",
      "contingent.person_update",
      "contingent.representative_add",
      "contingent.representative_add",
    ]);
  });

  it("refuses bad input with a message under the field and changes nothing", async () => {
    const { ctx, group } = await setup();
    const other = await makeKindergarten(db);
    const theirs = await makeGroup(db, other.id);
    const archived = await makeGroup(db, ctx.organizationId, { archived: true });
    await enrolled(ctx, group.id);
    const before = await snapshot();
    const iin = iinFor("2021-05-05");
    const cases: [Parameters<typeof enrolment>[2], Record<string, string>][] = [
      [{ groupId: theirs.id }, { groupId: "validation.contingent.groupUnknown" }],
      [{ groupId: archived.id }, { groupId: "validation.contingent.groupUnknown" }],
      [{ groupId: "nope" }, { groupId: "validation.contingent.groupUnknown" }],
      [{ startsOn: "2027-09-15" }, { startsOn: "validation.contingent.schoolYear" }],
      [{ orderDate: "2026-11-23" }, { orderDate: "validation.contingent.orderDateFuture" }],
      [{ childIin: iinFor("2023-01-01") }, { confirmCohort: "validation.contingent.cohort" }],
    ];
    for (const [extra, fieldErrors] of cases) {
      const outcome = await enrolChild(ctx, { ...enrolment(group.id, iin), ...extra }, opts);
      expect(outcome).toMatchObject({ ok: false, fieldErrors });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a second enrolment of a child on overlapping days, naming only our own group and date", async () => {
    const { ctx, group } = await setup();
    const other = await makeGroup(db, ctx.organizationId, { name: "Айгөлек" });
    const childIin = iinFor("2021-03-03");
    await enrolChild(ctx, enrolment(group.id, childIin, { startsOn: "2026-10-01" }), opts);
    const before = await snapshot();
    const again = await enrolChild(ctx, enrolment(other.id, childIin, { startsOn: "2026-09-01" }), opts);
    expect(again).toEqual({
      ok: false,
      fieldErrors: { startsOn: "validation.contingent.overlap" },
      message: "kgContingent.overlapDetail",
      messageValues: { place: "Күншуақ", from: "01.10.2026" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a child of another kindergarten without naming it or the date, and audits the look-up", async () => {
    const { ctx, group } = await setup();
    const other = await makeKindergarten(db, "Айгөлек");
    await makeSchoolYears(db, other.id);
    const otherCtx = await makeManager(db, other.id);
    const childIin = iinFor("2021-03-03");
    await enrolChild(
      otherCtx,
      enrolment((await makeGroup(db, other.id)).id, childIin, { startsOn: "2026-10-01" }),
      opts,
    );
    const before = await snapshot();
    const again = await enrolChild(ctx, enrolment(group.id, childIin, { startsOn: "2026-09-01" }), opts);
    expect(again).toEqual({
      ok: false,
      fieldErrors: { startsOn: "validation.contingent.overlap" },
      message: "kgContingent.enrolledElsewhere",
      messageValues: undefined,
    });
    expect(JSON.stringify(again)).not.toMatch(/Айгөлек|10\.2026|2026-10/);
    // Nothing of the enrolment is written, but the look-up is recorded outside the rolled-back transaction.
    const after = await snapshot();
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(after.audit).toBe(before.audit + 1);
    const child = await db.person.findUniqueOrThrow({ where: { iin: childIin } });
    const record = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(record).toMatchObject({
      action: "contingent.enrol_refused_elsewhere",
      actorPersonId: ctx.actor.personId,
      organizationId: ctx.organizationId,
      entityType: "Person",
      entityId: child.id,
      after: { otherOrganizationId: other.id, from: "2026-09-01", operation: "enrol" },
    });
  });

  it("refuses a transfer onto days the child is enrolled elsewhere, without naming it, and audits it", async () => {
    const { ctx, group } = await setup();
    const target = await makeGroup(db, ctx.organizationId, { name: "Айгөлек" });
    const { childId } = await enrolled(ctx, group.id);
    // Enrolled there from December (as a record imported from elsewhere may have it, while ours is still open).
    const other = await makeKindergarten(db, "Шұғыла");
    await db.enrolment.create({
      data: {
        childId,
        organizationId: other.id,
        groupId: (await makeGroup(db, other.id)).id,
        orderNumber: "1",
        orderDate: new Date("2026-11-20"),
        startsOn: new Date("2026-12-01"),
      },
    });
    const t = await transferChild(
      ctx,
      {
        childId,
        groupId: target.id,
        date: "2026-11-23",
        orderNumber: "2",
        orderDate: "2026-11-22",
        confirmCohort: false,
      },
      opts,
    );
    expect(t).toMatchObject({ ok: false, message: "kgContingent.enrolledElsewhere" });
    expect(JSON.stringify(t)).not.toMatch(/Шұғыла|12\.2026/);
    expect(await db.enrolment.count({ where: { childId, organizationId: ctx.organizationId } })).toBe(1);
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: "contingent.enrol_refused_elsewhere" } }),
    ).toMatchObject({ entityId: childId, after: { otherOrganizationId: other.id, operation: "transfer" } });
  });

  it("keeps to the capacity unless a reason is given, counting children who come later", async () => {
    const { ctx, group } = await setup();
    await enrolled(ctx, group.id);
    await enrolled(ctx, group.id, { startsOn: "2026-12-01" });
    const full = await enrolChild(
      ctx,
      enrolment(group.id, iinFor("2021-06-06"), { startsOn: "2026-11-02" }),
      opts,
    );
    expect(full).toMatchObject({
      ok: false,
      fieldErrors: { capacityOverrideReason: "validation.contingent.overCapacity" },
      messageValues: { occupied: 2, capacity: 2 },
    });
    const over = await enrolChild(
      ctx,
      enrolment(group.id, iinFor("2021-06-06"), {
        startsOn: "2026-11-02",
        capacityOverrideReason: " Бөлім хаты № 7 ",
      }),
      opts,
    );
    expect(over.ok).toBe(true);
    expect(
      (await db.enrolment.findFirstOrThrow({ where: { startsOn: new Date("2026-11-02") } }))
        .capacityOverrideReason,
    ).toBe("Бөлім хаты № 7");
  });

  it("enrols outside the cohort once the administrator ticks “enrol anyway”", async () => {
    const { ctx, group } = await setup();
    const outcome = await enrolChild(
      ctx,
      enrolment(group.id, iinFor("2023-02-08"), { confirmCohort: true }),
      opts,
    );
    expect(outcome.ok).toBe(true);
  });

  it.each([
    ["new", false],
    ["already on record", true],
  ])(
    "lets only one of two simultaneous enrolments of the same child (%s) through",
    async (_label, onRecord) => {
      const { ctx, group } = await setup();
      const second = await makeGroup(db, ctx.organizationId, { name: "Second" });
      const childIin = iinFor("2021-07-07");
      if (onRecord)
        await db.person.create({
          data: {
            iin: childIin,
            lastName: "Жұмабаев",
            firstName: "Алихан",
            birthDate: new Date("2021-07-07"),
            sex: "MALE",
          },
        });
      const results = await Promise.all([
        enrolChild(ctx, enrolment(group.id, childIin), opts),
        enrolChild(
          await makeManager(db, ctx.organizationId),
          enrolment(second.id, childIin, { startsOn: "2026-10-01" }),
          opts,
        ),
      ]);
      expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
      expect(results.find((r) => !r.ok)).toMatchObject({
        fieldErrors: { startsOn: "validation.contingent.overlap" },
      });
      expect(await db.person.count({ where: { iin: childIin } })).toBe(1);
      expect(await db.enrolment.count()).toBe(1);
    },
  );
});

describe("contingent: transfers and withdrawals", () => {
  it("transfers: the old enrolment ends the day before, the new one starts on the date, both audited", async () => {
    const { ctx, group } = await setup();
    const target = await makeGroup(db, ctx.organizationId, { name: "Айгөлек" });
    const { childId, enrolmentId } = await enrolled(ctx, group.id);
    const outcome = await transferChild(
      ctx,
      {
        childId,
        groupId: target.id,
        date: "2026-11-01",
        orderNumber: "№ 40-ө",
        orderDate: "2026-10-30",
        reason: "Ата-анасының өтініші",
        confirmCohort: false,
      },
      opts,
    );
    expect(outcome.ok).toBe(true);
    const rows = await db.enrolment.findMany({ where: { childId }, orderBy: { startsOn: "asc" } });
    expect(rows.map((r) => [r.groupId, ymd(r.startsOn), ymd(r.endsOn), r.endKind, r.endOrderNumber])).toEqual(
      [
        [group.id, "2026-09-01", "2026-10-31", "TRANSFERRED", "№ 40-ө"],
        [target.id, "2026-11-01", null, null, null],
      ],
    );
    const audit = await db.auditLog.findMany({ where: { entityType: "Enrolment", entityId: enrolmentId } });
    expect(audit.map((a) => a.action)).toEqual(["contingent.enrol", "contingent.transfer_out"]);
    expect(audit[1]!.before).toMatchObject({ endsOn: null });
  });

  it("refuses a transfer to the same group, on or before the start, or outside a school year, changing nothing", async () => {
    const { ctx, group } = await setup();
    const target = await makeGroup(db, ctx.organizationId, { name: "Айгөлек" });
    const { childId } = await enrolled(ctx, group.id);
    const before = await snapshot();
    const base = {
      childId,
      groupId: target.id,
      date: "2026-11-01",
      orderNumber: "№ 40-ө",
      orderDate: "2026-10-30",
      confirmCohort: false,
    };
    expect(await transferChild(ctx, { ...base, groupId: group.id }, opts)).toMatchObject({
      fieldErrors: { groupId: "validation.contingent.sameGroup" },
    });
    expect(await transferChild(ctx, { ...base, date: "2026-09-01" }, opts)).toMatchObject({
      fieldErrors: { date: "validation.contingent.transferDate" },
    });
    expect(await transferChild(ctx, { ...base, date: "2027-09-15" }, opts)).toMatchObject({
      fieldErrors: { date: "validation.contingent.schoolYear" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("withdraws with a last day and reason; then no transfer or second withdrawal applies", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    const w = {
      childId,
      lastDay: "2026-10-30",
      kind: "WITHDRAWN" as const,
      reason: "Переезд",
      orderNumber: "№ 41-ө",
    };
    expect(await withdrawChild(ctx, { ...w, lastDay: "2027-09-15" })).toMatchObject({
      fieldErrors: { lastDay: "validation.contingent.schoolYear" },
    });
    expect(await withdrawChild(ctx, { ...w, lastDay: "2026-08-31" })).toMatchObject({
      fieldErrors: { lastDay: "validation.contingent.withdrawBeforeStart" },
    });
    expect(await withdrawChild(ctx, w)).toMatchObject({ ok: true });
    expect(await db.enrolment.findFirstOrThrow({ where: { childId } })).toMatchObject({
      endKind: "WITHDRAWN",
      endReason: "Переезд",
      endOrderNumber: "№ 41-ө",
      endsOn: new Date("2026-10-30"),
    });
    expect(await withdrawChild(ctx, w)).toEqual({
      ok: false,
      fieldErrors: {},
      message: "kgContingent.notCurrent",
      messageValues: undefined,
    });
    const t = await transferChild(
      ctx,
      {
        childId,
        groupId: (await makeGroup(db, ctx.organizationId)).id,
        date: "2026-11-02",
        orderNumber: "1",
        orderDate: "2026-11-01",
        confirmCohort: false,
      },
      opts,
    );
    expect(t).toMatchObject({ ok: false, message: "kgContingent.notCurrent" });
    expect(await db.auditLog.count({ where: { action: "contingent.withdraw" } })).toBe(1);
  });

  it("keeps a child with a withdrawal recorded ahead in the group until the last day", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    expect(
      await withdrawChild(ctx, { childId, lastDay: "2026-12-20", kind: "SCHOOL", reason: "Мектепке" }),
    ).toMatchObject({ ok: true });
    const card = await childCard(ctx.organizationId, childId, "2026-11-22");
    expect([card!.status, card!.open]).toEqual(["current", null]);
    expect(await childCard(ctx.organizationId, childId, "2026-12-21")).toMatchObject({ status: "left" });
    const [row] = await listContingent(ctx.organizationId, { status: "current" }, "2026-12-20");
    expect(row).toMatchObject({ childId, status: "current", endsOn: "2026-12-20" });
  });

  it("does not touch another kindergarten's children", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    const other = await makeKindergarten(db);
    await makeSchoolYears(db, other.id);
    const stranger = await makeManager(db, other.id);
    const theirGroup = await makeGroup(db, other.id);
    const notFound = new AppError("not_found");
    await expect(
      withdrawChild(stranger, { childId, lastDay: "2026-11-30", kind: "SCHOOL", reason: "x" }),
    ).rejects.toEqual(notFound);
    await expect(
      transferChild(
        stranger,
        {
          childId,
          groupId: theirGroup.id,
          date: "2026-11-02",
          orderNumber: "1",
          orderDate: "2026-11-01",
          confirmCohort: false,
        },
        opts,
      ),
    ).rejects.toEqual(notFound);
    await expect(
      addRepresentative(stranger, { childId, ...rep(iinFor("1980-01-01")) }, opts),
    ).rejects.toEqual(notFound);
    const [link] = await db.legalRepresentative.findMany({ where: { childId } });
    await expect(
      removeRepresentative(stranger, { childId, representativeId: link!.representativeId }, opts),
    ).rejects.toEqual(notFound);
    expect(await childCard(other.id, childId, "2026-11-22")).toBeNull();
    expect(await listContingent(other.id, { status: "all" }, "2026-11-22")).toEqual([]);
    expect(await db.enrolment.findFirstOrThrow({ where: { childId } })).toMatchObject({ endsOn: null });
  });
});

describe("contingent: representatives, list and history", () => {
  it("adds, corrects and removes representatives, each in the child's history", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    const grandma = iinFor("1960-02-02", "female");
    const child = await db.person.findUniqueOrThrow({ where: { id: childId } });
    expect(await addRepresentative(ctx, { childId, ...rep(child.iin!) }, opts)).toMatchObject({
      fieldErrors: { iin: "validation.contingent.sameIin" },
    });
    expect(
      await addRepresentative(ctx, { childId, ...rep(grandma, { relation: "guardian" }) }, opts),
    ).toMatchObject({ ok: true });
    expect(
      await addRepresentative(ctx, { childId, ...rep(grandma, { relation: "trustee" }) }, opts),
    ).toMatchObject({ ok: true });
    const link = await db.legalRepresentative.findFirstOrThrow({
      where: { childId, representative: { iin: grandma } },
    });
    expect(link.relation).toBe("trustee");
    expect(
      await removeRepresentative(ctx, { childId, representativeId: link.representativeId }, opts),
    ).toMatchObject({ ok: true });
    const card = await childCard(ctx.organizationId, childId, "2026-11-22");
    expect(card!.child.representatives).toHaveLength(1);
    expect(card!.history.map((h) => h.action)).toEqual([
      "contingent.representative_remove",
      "contingent.representative_update",
      "contingent.representative_add",
      "contingent.representative_add",
      "contingent.enrol",
      "contingent.person_create",
    ]);
    expect(card!.history[0]!.actor).toBeTruthy();
  });

  it("lets only a kindergarten that has the child now (or by an order from a later day) change representatives", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    const [link] = await db.legalRepresentative.findMany({ where: { childId } });
    const grandma = () => ({ childId, ...rep(iinFor("1960-02-02", "female"), { relation: "guardian" }) });
    // A withdrawal recorded ahead: still ours until the last day.
    await withdrawChild(ctx, { childId, lastDay: "2026-11-22", kind: "WITHDRAWN", reason: "Көшеді" });
    expect(await addRepresentative(ctx, grandma(), opts)).toMatchObject({ ok: true });
    // The day after the last day the kindergarten is a former one: refused, nothing written.
    const later = { now: new Date("2026-11-23T05:00:00Z"), locale: "ru" };
    const before = await snapshot();
    const refused = { ok: false, fieldErrors: {}, message: "kgContingent.repsNotCurrent" };
    expect(await addRepresentative(ctx, grandma(), later)).toMatchObject(refused);
    expect(
      await removeRepresentative(ctx, { childId, representativeId: link!.representativeId }, later),
    ).toMatchObject(refused);
    expect(await snapshot()).toEqual(before);
    // A kindergarten that enrolled the child by an order from a later day keeps them already.
    const next = await makeKindergarten(db);
    await makeSchoolYears(db, next.id);
    const nextCtx = await makeManager(db, next.id);
    const child = await db.person.findUniqueOrThrow({ where: { id: childId } });
    const moved = await enrolChild(
      nextCtx,
      enrolment((await makeGroup(db, next.id)).id, child.iin!, { startsOn: "2026-12-01" }),
      later,
    );
    expect(moved.ok).toBe(true);
    expect(await addRepresentative(nextCtx, grandma(), later)).toMatchObject({ ok: true });
    expect(await addRepresentative(ctx, grandma(), later)).toMatchObject(refused);
  });

  it("never changes the phone of a person on record: the phone entered is the kindergarten's contact on the link", async () => {
    const { ctx, group } = await setup();
    const { childId } = await enrolled(ctx, group.id);
    const dadIin = iinFor("1988-08-08");
    const dad = await db.person.create({
      data: {
        iin: dadIin,
        lastName: "Жұмабаев",
        firstName: "Дәурен",
        birthDate: new Date("1988-08-08"),
        sex: "MALE",
        phone: "+77010000099",
      },
    }); // signed in to his cabinet with this phone
    const add = (phone: string) =>
      addRepresentative(ctx, { childId, ...rep(dadIin, { relation: "father", phone }) }, opts);
    expect(await add("+77027770000")).toMatchObject({ ok: true });
    expect(await add("+77027771111")).toMatchObject({ ok: true }); // a corrected contact
    expect((await db.person.findUniqueOrThrow({ where: { id: dad.id } })).phone).toBe("+77010000099");
    const link = await db.legalRepresentative.findUniqueOrThrow({
      where: { childId_representativeId: { childId, representativeId: dad.id } },
    });
    expect([link.contactPhone, link.status, link.source]).toEqual(["+77027771111", "VERIFIED", "contingent"]);
    const card = await childCard(ctx.organizationId, childId, "2026-11-22");
    expect(card!.child.representatives.find((r) => r.representative.id === dad.id)).toMatchObject({
      contactPhone: "+77027771111",
      representative: { phone: "+77010000099" },
    });
    expect(card!.history.slice(0, 2).map((h) => [h.action, h.subject])).toEqual([
      ["contingent.representative_update", "Жұмабаев Дәурен"],
      ["contingent.representative_add", "Жұмабаев Дәурен"],
    ]);
    expect(await db.auditLog.count({ where: { action: "contingent.person_update", entityId: dad.id } })).toBe(
      0,
    );
  });

  it("lists each child once by the latest enrolment, filtered by status and group", async () => {
    const { ctx, group } = await setup();
    const target = await makeGroup(db, ctx.organizationId, { name: "Айгөлек" });
    const a = await enrolled(ctx, group.id, { childLastName: "Әбдіров" });
    const b = await enrolled(ctx, group.id, { childLastName: "Борисов" });
    await enrolled(ctx, target.id, { childLastName: "Ахметов", startsOn: "2026-12-01" });
    await transferChild(
      ctx,
      {
        childId: a.childId,
        groupId: target.id,
        date: "2026-11-01",
        orderNumber: "2",
        orderDate: "2026-10-30",
        confirmCohort: false,
      },
      opts,
    );
    await withdrawChild(ctx, {
      childId: b.childId,
      lastDay: "2026-11-20",
      kind: "SCHOOL",
      reason: "Мектепке",
    });
    const list = (status: "current" | "left" | "all", group?: string) =>
      listContingent(ctx.organizationId, { status, group }, "2026-11-22").then((rows) =>
        rows.map((r) => `${r.child.lastName}:${r.status}`),
      );
    expect(await list("current")).toEqual(["Ахметов:upcoming", "Әбдіров:current"]);
    expect(await list("left")).toEqual(["Борисов:left"]);
    expect(await list("current", group.id)).toEqual([]);
    expect(await list("all", target.id)).toHaveLength(2);
    const [row] = await listContingent(ctx.organizationId, { status: "all", q: "борис" }, "2026-11-22");
    expect(row!.child.representatives[0]!.representative.phone).toBe("+77010000001");
  });
});
