import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { setClock } from "@/lib/clock/clock";
import { initialFormState } from "@/lib/form-state";
import { groupState, unknownTypes } from "@/lib/org/subordinates/catalogue";
import { subordinateFilterSchema } from "@/lib/org/subordinates/schemas";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { formOf, makeOrgAdminWorld, type OrgAdminWorld } from "./fixtures/org-admin-world";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changeSubordinationAction, saveSubordinateTypesAction } =
  await import("@/lib/org/subordinates/actions");
const { changeSubordination } = await import("@/lib/org/subordinates/change-subordination");
const { listSubordinates, subordinateTypesOf } = await import("@/lib/org/subordinates/list-subordinates");
const { orgPathOf, orgPathsOf } = await import("@/lib/auth/load-actor");

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
let w: OrgAdminWorld;

beforeEach(async () => {
  await resetDatabase();
  w = await makeOrgAdminWorld(db, NOW);
  session.actor = null;
  setClock(NOW);
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

async function change(actor: Actor | null, authorityId: string, op: string, ids: string[]) {
  session.actor = actor;
  return changeSubordinationAction(initialFormState, formOf({ authorityId, op, ids }));
}
async function saveTypes(actor: Actor | null, authorityId: string, types: string[]) {
  session.actor = actor;
  return saveSubordinateTypesAction(initialFormState, formOf({ authorityId, types }));
}
const filter = (q: Record<string, string> = {}) => subordinateFilterSchema.parse(q);
const excludedAt = async (id: string) =>
  (await db.organization.findUniqueOrThrow({ where: { id } })).subordinationExcludedAt;
const translated = (key: string) =>
  [en, kk, ru].every((m) => {
    const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m);
    return typeof v === "string" && v.length > 0;
  });

describe("exclude and include", () => {
  it("the district's administrator excludes two kindergartens and includes one again; the link and history stay", async () => {
    const out = await change(w.actors.dAdmin, w.D.id, "exclude", [w.K1.id, w.K2.id]);
    expect(out).toMatchObject({
      ok: true,
      message: "orgAdmin.subordinates.excluded",
      messageValues: { count: 2 },
    });
    expect(await excludedAt(w.K1.id)).toEqual(NOW);
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.K1.id } })).parentId).toBe(w.D.id);
    // An excluded kindergarten is outside the department's scope.
    expect(await orgPathOf(w.K1.id)).toEqual([w.K1.id]);

    const later = new Date(NOW.getTime() + 3_600_000);
    await changeSubordination(w.actors.dHead, { authorityId: w.D.id, op: "include", ids: [w.K1.id] }, later);
    expect(await excludedAt(w.K1.id)).toBeNull();
    expect(await orgPathOf(w.K1.id)).toEqual([w.K1.id, w.D.id, w.R.id]);
    // Several at once (one query), and a cycle in the tree stops at its first repeat.
    const paths = await orgPathsOf([w.K1.id, w.D.id, "no-such-org"]);
    expect(Object.fromEntries(paths)).toEqual({
      [w.K1.id]: [w.K1.id, w.D.id, w.R.id],
      [w.D.id]: [w.D.id, w.R.id],
      "no-such-org": ["no-such-org"],
    });
    await db.organization.update({ where: { id: w.R.id }, data: { parentId: w.K1.id } });
    expect(await orgPathOf(w.K1.id)).toEqual([w.K1.id, w.D.id, w.R.id]);
    await db.organization.update({ where: { id: w.R.id }, data: { parentId: null } });

    const logs = await db.auditLog.findMany({ where: { entityId: w.K1.id }, orderBy: { id: "asc" } });
    expect(logs.map((l) => l.action)).toEqual(["org.subordinate_exclude", "org.subordinate_include"]);
    expect(logs[0]!.before).toEqual({ parentId: w.D.id, subordinationExcludedAt: null });
    expect(logs[0]!.after).toEqual({ parentId: w.D.id, subordinationExcludedAt: NOW.toISOString() });
    expect(logs[1]!.actorPersonId).toBe(w.people.dHead.person.id);

    // The list shows both states and, under K1, its history newest first with who did it.
    const list = await listSubordinates(w.D.id, filter());
    expect(list.total).toBe(2);
    const k1 = list.items.find((i) => i.id === w.K1.id)!;
    expect(k1.subordinationExcludedAt).toBeNull();
    expect(k1.history.map((h) => h.excluded)).toEqual([false, true]);
    expect(k1.history[0]!.by).toContain(w.people.dHead.person.lastName);
    expect(list.items.find((i) => i.id === w.K2.id)!.subordinationExcludedAt).toEqual(NOW);
  });

  it("an organisation already in the asked state is left as it is (no second audit record)", async () => {
    await change(w.actors.dAdmin, w.D.id, "exclude", [w.K1.id]);
    const again = await change(w.actors.dAdmin, w.D.id, "exclude", [w.K1.id, w.K2.id]);
    expect(again.messageValues).toEqual({ count: 1 });
    expect(await db.auditLog.count({ where: { entityId: w.K1.id } })).toBe(1);
  });

  it("another authority's subordinate is not found, even mixed with own ones: nothing changes", async () => {
    for (const ids of [[w.K3.id], [w.K1.id, w.K3.id], ["no-such-org"], [w.D.id]]) {
      const out = await change(w.actors.dAdmin, w.D.id, "exclude", ids);
      expect(out, ids.join()).toMatchObject({ ok: false, message: "errors.not_found" });
    }
    // The operation checks the scope again inside its transaction.
    await expect(
      changeSubordination(
        w.actors.dAdmin,
        { authorityId: w.D.id, op: "exclude", ids: [w.K1.id, w.K3.id] },
        NOW,
      ),
    ).rejects.toEqual(new AppError("not_found"));
    for (const id of [w.K1.id, w.K2.id, w.K3.id]) expect(await excludedAt(id)).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });

  it("another district's administrator, a member without rights, a kindergarten and the public are refused", async () => {
    const cases: [Actor | null, string, string][] = [
      [w.actors.d2Admin, w.D.id, "errors.not_found"], // another authority's: refused without saying more
      [w.actors.dEmployee, w.D.id, "errors.not_found"],
      [w.actors.kgDirector, w.D.id, "errors.not_found"],
      [w.actors.kgDirector, w.K1.id, "errors.not_found"], // a kindergarten has no subordinates
      [null, w.D.id, "errors.unauthenticated"],
    ];
    for (const [actor, authorityId, message] of cases) {
      const out = await change(actor, authorityId, "exclude", [w.K1.id]);
      expect(out, `${actor?.displayName ?? "public"} on ${authorityId}`).toMatchObject({
        ok: false,
        message,
      });
    }
    await expect(
      changeSubordination(w.actors.dEmployee, { authorityId: w.D.id, op: "exclude", ids: [w.K1.id] }, NOW),
    ).rejects.toEqual(new AppError("forbidden"));
    expect(await excludedAt(w.K1.id)).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });

  it("nothing ticked, or an unknown operation, is refused in the user's language", async () => {
    const none = await change(w.actors.dAdmin, w.D.id, "exclude", []);
    expect(none.fieldErrors).toEqual({ ids: "validation.orgAdmin.chooseSubordinates" });
    expect(translated("validation.orgAdmin.chooseSubordinates")).toBe(true);
    const bad = await change(w.actors.dAdmin, w.D.id, "delete", [w.K1.id]);
    expect(bad.fieldErrors).toEqual({ op: "validation.chooseFromList" });
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("the list", () => {
  it("filters by organisational type, type, territory, state and name; pages by 20", async () => {
    // More subordinates of D: 23 mini-centres in the other territory, one school.
    for (let i = 1; i <= 23; i++)
      await db.organization.create({
        data: {
          slug: `oa-mini-${i}`,
          kind: "KINDERGARTEN",
          orgType: "mini_centre",
          shortNameKk: `Шағын орталық ${String(i).padStart(2, "0")}`,
          shortNameRu: `Мини-центр ${String(i).padStart(2, "0")}`,
          fullNameKk: "—",
          fullNameRu: "—",
          territoryId: w.otherTerritory.id,
          parentId: w.D.id,
        },
      });
    await db.organization.create({
      data: {
        slug: "oa-school",
        kind: "SCHOOL",
        orgType: "school_with_mini_centre",
        shortNameKk: "№5 мектеп",
        shortNameRu: "Школа №5 с мини-центром",
        fullNameKk: "—",
        fullNameRu: "—",
        territoryId: w.territory.id,
        parentId: w.D.id,
      },
    });
    await change(w.actors.dAdmin, w.D.id, "exclude", [w.K2.id]);

    const all = await listSubordinates(w.D.id, filter());
    expect([all.total, all.items.length, all.pages]).toEqual([26, 20, 2]);
    expect((await listSubordinates(w.D.id, filter({ page: "2" }))).items).toHaveLength(6);
    expect(all.facets.kinds.sort()).toEqual(["KINDERGARTEN", "SCHOOL"]);
    expect(all.facets.types).toEqual([
      "mini_centre",
      "private_kindergarten",
      "school_with_mini_centre",
      "state_kindergarten",
    ]);
    expect(all.facets.territories.map((t) => t.id).sort()).toEqual(
      [w.territory.id, w.otherTerritory.id].sort(),
    );

    expect((await listSubordinates(w.D.id, filter({ kind: "SCHOOL" }))).total).toBe(1);
    expect((await listSubordinates(w.D.id, filter({ type: "mini_centre" }))).total).toBe(23);
    expect((await listSubordinates(w.D.id, filter({ territory: w.territory.id }))).total).toBe(3);
    expect((await listSubordinates(w.D.id, filter({ status: "excluded" }))).items.map((i) => i.id)).toEqual([
      w.K2.id,
    ]);
    expect((await listSubordinates(w.D.id, filter({ status: "current" }))).total).toBe(25);
    expect((await listSubordinates(w.D.id, filter({ q: "МИНИ-ЦЕНТР 0" }))).total).toBe(9); // case-insensitive, Russian
    expect((await listSubordinates(w.D.id, filter({ q: "мектеп" }))).total).toBe(1); // Kazakh
    // Never another authority's: K3 (D2's) is not in D's list whatever the filters.
    expect((await listSubordinates(w.D.id, filter({ q: w.K3.shortNameKk }))).total).toBe(0);
    // Rubbish in the query is ignored.
    expect(filter({ kind: "ROCKET", status: "??", page: "-3" })).toMatchObject({
      kind: undefined,
      status: "all",
      page: 1,
    });
  });
});

describe("types of subordinate organisations", () => {
  it("saves the ticked types, replacing the old ones; audited before → after", async () => {
    await db.subordinateType.create({ data: { authorityId: w.D.id, orgType: "mini_centre" } });
    const out = await saveTypes(w.actors.dAdmin, w.D.id, ["state_kindergarten", "private_kindergarten"]);
    expect(out).toMatchObject({ ok: true, message: "orgAdmin.subordinates.typesSaved" });
    expect((await subordinateTypesOf(w.D.id)).sort()).toEqual(["private_kindergarten", "state_kindergarten"]);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.subordinate_types_update" } });
    expect(log.before).toEqual({ types: ["mini_centre"] });
    expect(log.after).toEqual({ types: ["private_kindergarten", "state_kindergarten"] });

    // Unticking everything is allowed.
    expect((await saveTypes(w.actors.dAdmin, w.D.id, [])).ok).toBe(true);
    expect(await subordinateTypesOf(w.D.id)).toEqual([]);
  });

  it("a type the catalogue does not offer this authority is refused and nothing changes", async () => {
    await db.subordinateType.create({ data: { authorityId: w.D.id, orgType: "mini_centre" } });
    for (const types of [["rocket_school"], ["state_kindergarten", "district_education_department"]]) {
      const out = await saveTypes(w.actors.dAdmin, w.D.id, types);
      expect(out.fieldErrors, types.join()).toEqual({ types: "validation.orgAdmin.typeUnknown" });
    }
    expect(translated("validation.orgAdmin.typeUnknown")).toBe(true);
    expect(await subordinateTypesOf(w.D.id)).toEqual(["mini_centre"]);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("only the authority's administrators may choose its types", async () => {
    for (const [actor, id, message] of [
      [w.actors.d2Admin, w.D.id, "errors.forbidden"],
      [w.actors.dEmployee, w.D.id, "errors.forbidden"],
      [w.actors.kgDirector, w.K1.id, "errors.not_found"],
      [null, w.D.id, "errors.unauthenticated"],
    ] as const) {
      expect(await saveTypes(actor, id, ["state_kindergarten"])).toMatchObject({ ok: false, message });
    }
    expect(await db.subordinateType.count()).toBe(0);
  });

  it("choosing an organisational type means all its types; single ones can be unticked (pure rules)", () => {
    const kg = ["state_kindergarten", "private_kindergarten", "mini_centre"];
    expect(groupState(kg, new Set(kg))).toBe("all");
    expect(groupState(kg, new Set(["mini_centre"]))).toBe("some");
    expect(groupState(kg, new Set())).toBe("none");
    expect(unknownTypes("DISTRICT_AUTHORITY", ["district_education_department"])).toEqual([
      "district_education_department",
    ]);
    expect(unknownTypes("REGION_AUTHORITY", ["district_education_department", ...kg])).toEqual([]);
    expect(unknownTypes("KINDERGARTEN", ["mini_centre"])).toEqual(["mini_centre"]);
  });
});
