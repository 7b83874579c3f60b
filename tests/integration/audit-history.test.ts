// Issue 15 §5: an officer reads a child's, a timesheet's and an organisation's history — only the records
// of organisations they may read ("audit.read"), 50 a page, personal data masked.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { orgPathOf } from "@/lib/auth/load-actor";
import { audit } from "@/lib/audit/audit";
import { auditHistory, auditScope, HISTORY_PAGE, subjectOrganization } from "@/lib/audit/history";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";

const db = getPrisma();
const NOW = new Date("2026-11-20T05:00:00Z");
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// A member of the authority above the kindergarten, as the actor loader builds one.
async function officerOf(organizationId: string): Promise<Actor> {
  const person = await db.person.create({ data: { lastName: "Инспектор", firstName: "Айгүл" } });
  const m = await db.membership.create({
    data: {
      personId: person.id,
      organizationId,
      role: "AUTHORITY_EMPLOYEE",
      arrivedAt: new Date("2025-09-01"),
    },
  });
  return {
    userId: `u-${person.id}`,
    personId: person.id,
    audience: "staff",
    displayName: "Officer",
    mustChangePassword: false,
    memberships: [
      {
        membershipId: m.id,
        organizationId,
        orgKind: "DISTRICT_AUTHORITY",
        role: "AUTHORITY_EMPLOYEE",
        isAdministrator: false,
        orgPath: await orgPathOf(organizationId),
      },
    ],
    educatorGroupIds: [],
    representedChildIds: [],
  };
}

async function world() {
  const kg = await makeKindergarten(db);
  const other = await makeKindergarten(db); // under another department
  const g = await makeGroupWithChildren(db, kg.id, { children: 2 });
  const manager = (await makeManager(db, kg.id)).actor;
  const otherManager = (await makeManager(db, other.id)).actor;
  const officer = await officerOf(kg.parentId!);
  return { kg, other, g, manager, otherManager, officer };
}
const resourceOf = async (organizationId: string) => ({
  organizationId,
  orgPath: await orgPathOf(organizationId),
});

describe("who reads which history", () => {
  it("the kindergarten's managers and the authorities above it; not its educators, not another kindergarten", async () => {
    const { kg, other, g, manager, otherManager, officer } = await world();
    const r = await resourceOf(kg.id);
    expect(can(manager, "audit.read", r)).toBe(true);
    expect(can(officer, "audit.read", r)).toBe(true);
    expect(can(officer, "audit.read", await resourceOf(kg.parentId!))).toBe(true);
    expect(can(g.educator, "audit.read", r)).toBe(false);
    expect(can(otherManager, "audit.read", r)).toBe(false);
    expect(can(null, "audit.read", r)).toBe(false);
    expect(await auditScope(manager)).toEqual([kg.id]);
    expect((await auditScope(officer)).sort()).toEqual([kg.id, kg.parentId!].sort());
    expect(await auditScope(g.educator)).toEqual([]);
    // A kindergarten excluded from the department's subordinates is out of its reach.
    await db.organization.update({ where: { id: kg.id }, data: { subordinationExcludedAt: NOW } });
    expect(await auditScope(officer)).toEqual([kg.parentId!]);
    expect(await subjectOrganization({ kind: "org", id: other.id }, await auditScope(officer))).toBe(
      other.id,
    );
  });
});

describe("a child's history", () => {
  it("gathers the child's marks, notices and person records at the reader's organisations, masked, newest first", async () => {
    const { kg, other, g, manager, officer, otherManager } = await world();
    const child = g.children[0]!;
    await markAttendance(
      g.educator,
      { groupId: g.group.id, childId: child.id, date: "2026-11-19", status: "ABSENT", reason: "UNKNOWN" },
      NOW,
    );
    await db.$transaction(async (tx) => {
      await audit(tx, {
        actorPersonId: manager.personId,
        action: "contingent.person_update",
        entityType: "Person",
        entityId: child.id,
        organizationId: kg.id,
        before: { lastName: "Сапаров", iin: "950815350123", phone: "+77011234567" },
        after: { lastName: "Сапарова", iin: "950815350123", phone: "+77017654321" },
      });
      // The same child's record at another kindergarten, and another child's record here.
      await audit(tx, {
        actorPersonId: otherManager.personId,
        action: "contingent.person_update",
        entityType: "Person",
        entityId: child.id,
        organizationId: other.id,
        after: { firstName: "X" },
      });
      await audit(tx, {
        actorPersonId: manager.personId,
        action: "contingent.person_update",
        entityType: "Person",
        entityId: g.children[1]!.id,
        organizationId: kg.id,
        after: { firstName: "Y" },
      });
    });
    for (const reader of [manager, officer]) {
      const { total, rows } = await auditHistory(
        { kind: "child", id: child.id },
        await auditScope(reader),
        1,
      );
      expect(total).toBe(3);
      expect(rows.map((r) => r.action)).toEqual([
        "contingent.person_update",
        "attendance.mark",
        "absence_notice.send",
      ]);
      // (jsonb keeps its keys in its own order: shorter first)
      expect([...rows[0]!.lines].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
        { field: "lastName", before: "С.", after: "С." },
        { field: "phone", before: "+7 701 *** ** 67", after: "+7 701 *** ** 21" },
      ]);
      expect(rows[0]!.actor).toMatch(/^Әкімшісі Тест/);
      expect(rows[1]!.actor).toMatch(/^Тәрбиеші/);
    }
    // The other kindergarten's manager sees only their own record of the child.
    const theirs = await auditHistory({ kind: "child", id: child.id }, await auditScope(otherManager), 1);
    expect(theirs.rows.map((r) => r.lines)).toEqual([[{ field: "firstName", before: "—", after: "X." }]]);
    expect(
      await subjectOrganization({ kind: "child", id: child.id }, await auditScope(g.educator)),
    ).toBeNull();
  });
});

describe("a timesheet's history", () => {
  it("the timesheet's own records and the marks and notices of its month, not of another month", async () => {
    const { kg, g, manager } = await world();
    const child = g.children[0]!;
    const sheet = await db.timesheet.create({
      data: { childId: child.id, organizationId: kg.id, year: 2026, month: 10, status: "OPEN" },
    });
    const mark = (date: string) =>
      markAttendance(
        g.educator,
        { groupId: g.group.id, childId: child.id, date, status: "ABSENT", reason: "UNKNOWN" },
        NOW,
      );
    await mark("2026-10-30");
    await mark("2026-11-19"); // November: not this timesheet's
    await db.$transaction((tx) =>
      audit(tx, {
        actorPersonId: null,
        action: "timesheet.not_confirmed",
        entityType: "Timesheet",
        entityId: sheet.id,
        organizationId: kg.id,
        after: { status: "NOT_CONFIRMED" },
      }),
    );
    const { rows } = await auditHistory({ kind: "timesheet", id: sheet.id }, await auditScope(manager), 1);
    expect(rows.map((r) => [r.action, r.actor === null])).toEqual([
      ["timesheet.not_confirmed", true],
      ["attendance.mark", false],
      ["absence_notice.send", false],
    ]);
    expect(await subjectOrganization({ kind: "timesheet", id: sheet.id }, [])).toBe(kg.id);
  });
});

describe("an organisation's history", () => {
  it("is read a page at a time: 50 records, the next page the rest, a page past the end empty", async () => {
    const { kg, manager } = await world();
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        action: "group.update",
        entityType: "Group",
        entityId: `g${i}`,
        organizationId: kg.id,
        after: { n: i },
      })),
    });
    const scope = await auditScope(manager);
    const p1 = await auditHistory({ kind: "org", id: kg.id }, scope, 1);
    const p3 = await auditHistory({ kind: "org", id: kg.id }, scope, 3);
    expect(p1.total).toBe(120);
    expect(p1.rows).toHaveLength(HISTORY_PAGE);
    expect(p1.rows[0]!.lines).toEqual([{ field: "n", before: "—", after: "119" }]);
    expect(p3.rows).toHaveLength(20);
    expect(p3.rows.at(-1)!.lines).toEqual([{ field: "n", before: "—", after: "0" }]);
    expect((await auditHistory({ kind: "org", id: kg.id }, scope, 4)).rows).toEqual([]);
    expect((await auditHistory({ kind: "org", id: kg.id }, [], 1)).total).toBe(0);
  });
});
