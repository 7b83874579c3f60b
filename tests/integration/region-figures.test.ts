// The figures that were rewritten for a region's size (issue 14: an anti-join, a GROUP BY on an index,
// two queries instead of an OR) give on the demo exactly what their first, plain formulations give:
// each is compared with the plain Prisma query it replaced, for every organisation of the demo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { seedDemo } from "@/prisma/seed/index";
import { setFileStorage } from "@/lib/storage/storage";
import { memoryStorage } from "./fixtures/queue-parent";
import { loadActor } from "@/lib/auth/load-actor";
import { authorityOverview, subtreeIds } from "@/lib/org/authority-overview";
import { listGroups } from "@/lib/kindergarten/groups/groups";
import { contingentGroups } from "@/lib/kindergarten/contingent/list-contingent";
import { releasableGroups } from "@/lib/queue/places/kg-places";
import { OCCUPYING_STATUSES } from "@/lib/queue/places/release-place";
import { vouchersInScope } from "@/lib/voucher/scoped-vouchers";
import { ymdToDbDate } from "@/lib/calendar/db-date";

const db = getPrisma();
const DAY = "2026-11-22";
const NOW = new Date(`${DAY}T12:00:00+05:00`);
const today = ymdToDbDate(DAY);
const current = { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };

beforeAll(async () => {
  await resetDatabase();
  setFileStorage(memoryStorage());
  await seedDemo(db, { today: DAY });
}, 300_000);
afterAll(async () => {
  setFileStorage(null);
  await disconnectPrisma();
});

const kindergartens = () =>
  db.organization.findMany({ where: { kind: "KINDERGARTEN" }, select: { id: true }, orderBy: { id: "asc" } });

describe("figures at a region's size, equal to their plain formulations on the demo", () => {
  it("an authority's home: the waiting applications that chose one of its kindergartens", async () => {
    const officers = await db.membership.findMany({
      where: {
        organization: { kind: { in: ["DISTRICT_AUTHORITY", "REGION_AUTHORITY"] } },
        leftAt: null,
        excludedAt: null,
        person: { user: { isNot: null } },
      },
      select: { organizationId: true, person: { select: { user: true } } },
      distinct: ["organizationId"],
    });
    expect(officers.length).toBeGreaterThan(1);
    let someWaiting = false;
    for (const o of officers) {
      const user = o.person.user!;
      const actor = (await loadActor(user.id, "staff", user.sessionVersion, NOW))!;
      const view = await authorityOverview(
        { ...actor, memberships: actor.memberships.filter((m) => m.organizationId === o.organizationId) },
        today,
      );
      const ids = await subtreeIds(o.organizationId);
      const waiting = await db.queueApplication.count({
        where: { status: "WAITING", choices: { some: { organizationId: { in: ids } } } },
      });
      expect(view!.figures.waiting).toBe(waiting);
      someWaiting ||= waiting > 0;
    }
    expect(someWaiting).toBe(true);
  });

  it("each kindergarten's groups: the children today, and the places still releasable", async () => {
    for (const { id } of await kindergartens()) {
      const plain = await db.group.findMany({
        where: { organizationId: id },
        select: {
          id: true,
          capacity: true,
          archivedAt: true,
          _count: {
            select: {
              enrolments: { where: current },
              places: { where: { status: { in: [...OCCUPYING_STATUSES] } } },
            },
          },
        },
      });
      const staying = await db.enrolment.groupBy({
        by: ["groupId"],
        where: { organizationId: id, endsOn: null },
        _count: { _all: true },
      });
      const today = new Map(plain.map((g) => [g.id, g._count.enrolments]));
      for (const g of await listGroups(id, NOW))
        expect([g.id, g._count.enrolments]).toEqual([g.id, today.get(g.id)]);
      for (const g of await contingentGroups(id, DAY))
        expect([g.id, g._count.enrolments]).toEqual([g.id, today.get(g.id)]);
      for (const g of await releasableGroups(id)) {
        const p = plain.find((x) => x.id === g.id)!;
        const stay = staying.find((s) => s.groupId === g.id)?._count._all ?? 0;
        expect(g._count).toEqual({ enrolments: stay, places: p._count.places });
      }
    }
    expect(await db.enrolment.count({ where: current })).toBeGreaterThan(100);
  });

  it("the vouchers held in an authority's kindergartens: issued to them or of a child attending one", async () => {
    for (const scope of [
      (await kindergartens()).map((k) => k.id),
      ...(await kindergartens()).map((k) => [k.id]),
    ]) {
      const plain = await db.voucher.findMany({
        where: {
          status: { in: ["ACTIVE", "ANNULLED", "CLOSED"] },
          OR: [
            { organizationId: { in: scope } },
            { child: { enrolments: { some: { organizationId: { in: scope }, ...current } } } },
          ],
        },
        select: { id: true, organizationId: true, child: { select: { enrolments: { where: current } } } },
      });
      const held = plain.filter((v) => {
        const holder = v.child.enrolments.sort((a, b) => +b.startsOn - +a.startsOn)[0]?.organizationId;
        return scope.includes((holder ?? v.organizationId)!);
      });
      const got = await vouchersInScope(scope, NOW);
      expect(got.map((r) => r.id).sort()).toEqual(held.map((v) => v.id).sort());
    }
    expect(await db.voucher.count()).toBeGreaterThan(0);
  });
});
