import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeProfileWorld, makeStaff, type ProfileWorld } from "./fixtures/profile";
import { can } from "@/lib/auth/policy";
import { categoryCounts, peoplePage, peopleScope, peopleTree } from "@/lib/profile/people";
import { parsePeopleQuery, PEOPLE_PAGE_SIZE } from "@/lib/profile/people-rules";

// The People tab: the organisation's own staff only; the category tree with its counts (authority and
// kindergarten), the name search, "only online now", 50 a page, personal data masked.

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
const TODAY = "2026-11-22";
const TODAY_DB = new Date(`${TODAY}T00:00:00Z`);
let w: ProfileWorld;

beforeAll(async () => {
  await resetDatabase();
  w = await makeProfileWorld(db, NOW);
});
afterAll(disconnectPrisma);

async function people(
  org: { id: string; kind: ProfileWorld["region"]["kind"] },
  raw: Record<string, string> = {},
) {
  const scope = await peopleScope(org);
  const tree = peopleTree(org, scope);
  const query = parsePeopleQuery(raw, tree);
  const [counts, page] = await Promise.all([
    categoryCounts(org, scope, tree, TODAY),
    peoplePage(org, scope, tree, query, NOW, TODAY_DB),
  ]);
  return { tree, counts, page };
}

describe("who may open People", () => {
  it("the organisation's own staff, and nobody else — not the public, a parent, another organisation, an authority above", () => {
    const region = { organizationId: w.region.id };
    expect(can(w.actors.regionEmployee, "profile.people.read", region)).toBe(true);
    expect(can(w.actors.regionHead, "profile.people.read", region)).toBe(true);
    expect(can(null, "profile.people.read", region)).toBe(false);
    expect(can(w.actors.parent, "profile.people.read", region)).toBe(false);
    expect(can(w.actors.districtAdmin, "profile.people.read", region)).toBe(false);
    expect(can(w.actors.kgDirector, "profile.people.read", region)).toBe(false);
    const kg = { organizationId: w.kg.id };
    expect(can(w.actors.kgEducator, "profile.people.read", kg)).toBe(true);
    expect(can(w.actors.regionAdmin, "profile.people.read", kg)).toBe(false);
    expect(can(w.actors.districtAdmin, "profile.people.read", kg)).toBe(false);
    expect(can(w.actors.otherKgDirector, "profile.people.read", kg)).toBe(false);
    expect(can(w.actors.parent, "profile.people.read", kg)).toBe(false);
  });
});

describe("the category tree", () => {
  it("a region: its own staff, the departments below, the organisations below, children and parents", async () => {
    const { tree, counts, page } = await people(w.region);
    expect(tree.map((n) => n.key)).toEqual(["all", "own", "sub", "org", "children", "parents"]);
    expect(tree.find((n) => n.key === "own")!.children!.map((n) => n.key)).toEqual([
      "own.heads",
      "own.deputies",
      "own.admins",
      "own.others",
    ]);
    expect(counts).toEqual({
      all: 12,
      own: 4,
      "own.heads": 1,
      "own.deputies": 0,
      "own.admins": 1,
      "own.others": 2,
      sub: 1,
      "sub.heads": 0,
      "sub.deputies": 0,
      "sub.admins": 1,
      "sub.others": 0,
      org: 3,
      "org.heads": 2,
      "org.deputies": 0,
      "org.admins": 1,
      "org.educators": 1,
      "org.others": 0,
      children: 2,
      parents: 2,
    });
    expect(page.total).toBe(12);
    expect(page.people).toHaveLength(12);
  });

  it("a district: no departments below, its kindergarten's staff, children and parents", async () => {
    const { tree, counts } = await people(w.district);
    expect(tree.map((n) => n.key)).toEqual(["all", "own", "org", "children", "parents"]);
    expect(counts).toMatchObject({ all: 5, own: 1, org: 2, children: 1, parents: 1 });
  });

  it("a kindergarten: its staff by role, its children today and their parents", async () => {
    const { tree, counts, page } = await people(w.kg);
    expect(page.total).toBe(4);
    expect(tree.map((n) => n.key)).toEqual(["all", "own", "children", "parents"]);
    expect(tree[1]!.children!.map((n) => n.key)).toEqual([
      "own.heads",
      "own.deputies",
      "own.admins",
      "own.educators",
      "own.others",
    ]);
    expect(counts).toEqual({
      all: 4,
      own: 2,
      "own.heads": 1,
      "own.deputies": 0,
      "own.admins": 1,
      "own.educators": 1,
      "own.others": 0,
      children: 1,
      parents: 1,
    });
    const children = await people(w.kg, { cat: "children" });
    expect(children.page.people.map((p) => p.lastName)).toEqual(["Жұмабаев"]);
    expect(children.page.people[0]!.enrolments[0]!.group.name).toBe("Күншуақ");
    const parents = await people(w.kg, { cat: "parents" });
    expect(parents.page.people.map((p) => [p.lastName, p.children])).toEqual([["Жұмабаева", 1]]);
    const educators = await people(w.kg, { cat: "own.educators" });
    expect(educators.page.people.map((p) => p.lastName)).toEqual(["Серікбаева"]);
  });

  it("an unknown category reads as All", async () => {
    const { page } = await people(w.kg, { cat: "nonsense" });
    expect(page.category).toBe("all");
    expect(page.total).toBe(4);
  });
});

describe("the list", () => {
  it("registered users and persons not registered yet; roles where they work; phones masked, no IIN", async () => {
    const { page } = await people(w.region, { cat: "own" });
    const byName = new Map(page.people.map((p) => [p.lastName, p]));
    expect(byName.get("Садықова")).toMatchObject({
      registered: true,
      online: true,
      phone: "+7 701 *** ** 33",
    });
    expect(byName.get("Иванов")).toMatchObject({ registered: false, online: false });
    expect(byName.get("Мұқанов")!.memberships.map((m) => m.role)).toEqual(["AUTHORITY_HEAD"]);
    const iins = (await db.person.findMany({ select: { iin: true } })).map((p) => p.iin!);
    const shown = JSON.stringify(page.people);
    for (const iin of iins) expect(shown).not.toContain(iin);
    expect(shown).not.toContain("11112233");
  });

  it("finds by any part of the name, case-insensitive, every word", async () => {
    expect((await people(w.region, { q: "садық" })).page.people.map((p) => p.lastName)).toEqual(["Садықова"]);
    expect((await people(w.region, { q: "ЖҰМАБАЕВ" })).page.people.map((p) => p.lastName).sort()).toEqual([
      "Жұмабаев",
      "Жұмабаева",
    ]);
    expect((await people(w.region, { q: "Жұмабаева Ана" })).page.total).toBe(1);
    expect((await people(w.region, { q: "Жұмабаева Бала" })).page.total).toBe(0);
    // the search stays inside the category
    expect((await people(w.region, { q: "Садықова", cat: "children" })).page.total).toBe(0);
  });

  it("only online now: a request within the last five minutes", async () => {
    expect((await people(w.region, { online: "1" })).page.people.map((p) => p.lastName)).toEqual([
      "Садықова",
    ]);
    await db.user.update({
      where: { id: w.people.regionAdmin.user.id },
      data: { lastSeenAt: new Date(NOW.getTime() - 6 * 60_000) },
    });
    expect((await people(w.region, { online: "1" })).page.total).toBe(0);
    await db.user.update({
      where: { id: w.people.regionAdmin.user.id },
      data: { lastSeenAt: new Date(NOW.getTime() - 60_000) },
    });
  });

  it("pages by 50, ordered by name, with the total in SQL", async () => {
    for (let i = 0; i < 55; i++)
      await makeStaff(db, w.otherKg.id, "EDUCATOR", { lastName: `Я-${String(i).padStart(2, "0")}` });
    const first = await people(w.region);
    expect(first.counts.all).toBe(67);
    expect(first.page.total).toBe(67);
    expect(first.page.people).toHaveLength(PEOPLE_PAGE_SIZE);
    const second = await people(w.region, { page: "2" });
    expect(second.page.people).toHaveLength(17);
    const names = [...first.page.people, ...second.page.people].map((p) => p.id);
    expect(new Set(names).size).toBe(67);
    expect(second.page.people.at(-1)!.lastName).toBe("Я-54");
    // a kindergarten never lists another kindergarten's staff
    expect((await people(w.kg)).counts.all).toBe(4);
  });

  it("ended work, ended enrolments and excluded subordinates leave the lists", async () => {
    await makeStaff(db, w.kg.id, "NURSE", { lastName: "Кеткен", leftAt: new Date("2026-08-31") });
    await db.enrolment.updateMany({
      where: { childId: w.family.child.id },
      data: { endsOn: new Date("2026-11-01T00:00:00Z"), endKind: "WITHDRAWN" },
    });
    const kg = await people(w.kg);
    expect(kg.counts).toMatchObject({ all: 2, own: 2, children: 0, parents: 0, "own.others": 0 });
    await db.organization.update({
      where: { id: w.otherDistrict.id },
      data: { subordinationExcludedAt: NOW },
    });
    const region = await people(w.region);
    // the other district's kindergarten (its director, its family, the 55 educators) is out of scope now
    expect(region.counts).toMatchObject({ all: 7, own: 4, sub: 1, org: 2, children: 0, parents: 0 });
    await db.organization.update({
      where: { id: w.otherDistrict.id },
      data: { subordinationExcludedAt: null },
    });
    expect((await people(w.region)).counts).toMatchObject({ org: 58, children: 1, parents: 1 });
  });
});
