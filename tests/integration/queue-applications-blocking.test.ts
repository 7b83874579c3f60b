import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  makeApplication,
  makeAuthorityAdmin,
  makeChild,
  makeQueueDistrict,
  makeQueueParent,
} from "./fixtures/queue-parent";
import { blockCabinet, recentBlocks } from "@/lib/queue/blocking/block-cabinet";
import { blockCabinetSchema } from "@/lib/queue/blocking/schemas";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/policy";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const NOW = new Date("2026-11-22T15:00:00+05:00");
const d = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const refusal = (key: string) => expect.objectContaining({ name: "Refusal", key, field: "parentIin" });
const REASON = "Кабинетке кіру деректерін делдалға бергені расталды / Передал доступ посреднику";

// A parent with two children: one in a kindergarten of district A, one in a kindergarten of district B.
async function world() {
  const a = await makeQueueDistrict(db);
  const b = await makeQueueDistrict(db);
  const parent = await makeQueueParent(db);
  const first = await makeChild(db, "2022-02-02", [parent.person.id]);
  const second = await makeChild(db, "2021-01-01", [parent.person.id]);
  const enrol = (childId: string, kg: { id: string; groupId: string }) =>
    db.enrolment.create({
      data: {
        childId,
        organizationId: kg.id,
        groupId: kg.groupId,
        orderNumber: "1-Б",
        orderDate: d("2026-09-01"),
        startsOn: d("2026-09-01"),
      },
    });
  return { a, b, parent, inA: await enrol(first.id, a.kgs[0]!), inB: await enrol(second.id, b.kgs[0]!) };
}

describe("blocking a parent's cabinet", () => {
  it("blocks for 6 months, ends the sessions and the contracts with the authority's kindergartens only, audited", async () => {
    const w = await world();
    const admin = await makeAuthorityAdmin(db, w.a.authority.id);
    const done = await blockCabinet(
      admin,
      blockCabinetSchema.parse({ parentIin: w.parent.person.iin, reason: REASON, confirm: "on" }),
      NOW,
    );
    expect(done.endedEnrolments).toEqual([w.inA.id]);
    const user = await db.user.findUniqueOrThrow({ where: { id: w.parent.user.id } });
    expect(user).toMatchObject({
      blockedUntil: new Date("2027-05-22T00:00:00+05:00"),
      blockReason: REASON,
      sessionVersion: 1,
    });
    expect(await db.enrolment.findUniqueOrThrow({ where: { id: w.inA.id } })).toMatchObject({
      endsOn: d("2026-11-22"),
      endKind: "WITHDRAWN",
      endReason: REASON,
    });
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: w.inB.id } })).endsOn).toBeNull();
    expect(await loadActor(user.id, "parent", 1, NOW)).toBeNull();
    expect(await loadActor(user.id, "parent", 1, new Date("2027-05-22T00:00:00+05:00"))).not.toBeNull();
    const audits = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audits.map((x) => [x.action, x.organizationId])).toEqual([
      ["cabinet.block_end_enrolment", w.a.kgs[0]!.id],
      ["cabinet.block", w.a.authority.id],
    ]);
    expect((await recentBlocks(admin))[0]).toMatchObject({ reason: REASON, endedEnrolments: [w.inA.id] });
    await expect(
      blockCabinet(admin, { parentIin: w.parent.person.iin!, reason: REASON, confirm: "on" }, NOW),
    ).rejects.toEqual(refusal("validation.block.already"));
  });

  it("refuses a parent with no link to the authority's kindergartens, or without a cabinet, changing nothing", async () => {
    const w = await world();
    const other = await makeQueueDistrict(db);
    const outsider = await makeAuthorityAdmin(db, other.authority.id);
    const input = { parentIin: w.parent.person.iin!, reason: REASON, confirm: "on" as const };
    await expect(blockCabinet(outsider, input, NOW)).rejects.toEqual(refusal("validation.block.notInScope"));
    await expect(blockCabinet(outsider, { ...input, parentIin: "210315601231" }, NOW)).rejects.toEqual(
      refusal("validation.block.notInScope"),
    );
    // Linked by a queue application only, but never signed in: nothing to block.
    const newcomer = await db.person.create({
      data: { iin: "950815350123", lastName: "Жаңа", firstName: "Ата" },
    });
    const child = await makeChild(db, "2024-04-04", [newcomer.id]);
    await makeApplication(db, {
      territoryId: other.territory.id,
      kgIds: [other.kgs[1]!.id],
      childId: child.id,
      applicantId: newcomer.id,
    });
    await expect(blockCabinet(outsider, { ...input, parentIin: "950815350123" }, NOW)).rejects.toEqual(
      refusal("validation.block.noCabinet"),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: w.parent.user.id } })).blockedUntil).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });

  it("needs a reason of 10 characters and the explicit confirmation; only an authority administrator may", async () => {
    expect(
      blockCabinetSchema.safeParse({ parentIin: "950815350123", reason: "қысқа", confirm: "on" }).error
        ?.issues[0]?.message,
    ).toBe("validation.block.reason");
    expect(
      blockCabinetSchema.safeParse({ parentIin: "950815350123", reason: REASON }).error?.issues[0]?.message,
    ).toBe("validation.block.confirm");
    const { authority } = await makeQueueDistrict(db);
    const admin = await makeAuthorityAdmin(db, authority.id);
    expect(can(admin.actor, "org.manage", { organizationId: authority.id })).toBe(true);
    const employee = {
      ...admin.actor,
      memberships: admin.actor.memberships.map((m) => ({
        ...m,
        role: "AUTHORITY_EMPLOYEE" as const,
        isAdministrator: false,
      })),
    };
    expect(can(employee, "org.manage", { organizationId: authority.id })).toBe(false);
  });
});
