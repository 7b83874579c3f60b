// Who an announcement reaches, resolved in SQL at publication (lib/announcement/resolve.ts), against a small
// tree: every audience family gives its exact set of people — current staff only, verified representatives
// of children enrolled on the day only, an excluded subordinate and its people left out, one row per person
// however many ways they are reached, the author never their own recipient — and the review's count is
// the number of rows publishing stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specOf } from "@/lib/announcement/audiences";
import { countReach, insertRecipients, orgsOutsideTree } from "@/lib/announcement/resolve";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeAnnouncementsWorld, type AnnouncementsWorld } from "./fixtures/announcements-world";

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
const DAY = "2026-11-30";
let w: AnnouncementsWorld;

beforeAll(async () => {
  await resetDatabase();
  w = await makeAnnouncementsWorld(db, NOW);
});
afterAll(disconnectPrisma);

type Row = { name: string; org: string | null; via: string };

// Publishes (rows only) for an author and returns who was reached, by name; checks the review's count agrees.
async function reached(
  author: { orgId: string; personId: string },
  codes: string[],
  orgIds: string[] = [],
  day = DAY,
): Promise<Row[]> {
  const a = await db.announcement.create({
    data: {
      organizationId: author.orgId,
      authorId: author.personId,
      title: "t",
      body: "b",
      audiences: codes,
      publishedAt: NOW,
    },
  });
  const p = { organizationId: author.orgId, authorId: author.personId, day };
  const spec = specOf(codes, orgIds);
  const count = await countReach(db, p, spec);
  const inserted = await insertRecipients(db, a.id, p, spec);
  expect(inserted).toBe(count.total);
  // A second run inserts nothing (ON CONFLICT DO NOTHING).
  expect(await insertRecipients(db, a.id, p, spec)).toBe(0);
  const rows = await db.announcementRecipient.findMany({
    where: { announcementId: a.id },
    include: { person: true, announcement: false },
  });
  const orgName = new Map(Object.values(w.orgs).map((o) => [o.id, o.shortNameKk]));
  expect(count.staff).toBe(rows.filter((r) => r.via === "staff").length);
  expect(count.parents).toBe(rows.filter((r) => r.via === "parent").length);
  return rows
    .map((r) => ({
      name: r.person.lastName,
      org: r.organizationId ? orgName.get(r.organizationId)! : null,
      via: r.via,
    }))
    .sort((x, y) => x.name.localeCompare(y.name));
}
const names = (rows: Row[]) => rows.map((r) => r.name);
const sorted = (list: string[]) => [...list].sort((x, y) => x.localeCompare(y));

describe("an authority's audiences", () => {
  const region = () => ({ orgId: w.orgs.R.id, personId: w.people.rAdmin.id });

  it("all staff of the administrative network: the author's and every organisation's under it, current ones only", async () => {
    expect(names(await reached(region(), ["network:staff"]))).toEqual(
      sorted([
        "rHead",
        "rDeputy",
        "rEmployee",
        "rEditor",
        "d1Head",
        "d1Admin",
        "d1Employee",
        "d2Admin",
        "k1Director",
        "k1Deputy",
        "k1Admin",
        "k1Educator",
        "k1Nurse",
        "k2Director",
        "k2Educator",
        "k3Director",
        "k3Educator",
      ]),
    );
  });

  it("its own staff by sub-role (the author is never their own recipient; work ended: out)", async () => {
    expect(names(await reached(region(), ["own:heads"]))).toEqual(["rHead"]);
    expect(names(await reached(region(), ["own:deputies"]))).toEqual(["rDeputy"]);
    expect(names(await reached(region(), ["own:admins"]))).toEqual([]);
    expect(names(await reached(region(), ["own:employees"]))).toEqual(sorted(["rEmployee", "rEditor"]));
    const byEditor = { orgId: w.orgs.R.id, personId: w.people.rEditor.id };
    expect(names(await reached(byEditor, ["own:admins", "own:employees"]))).toEqual(
      sorted(["rAdmin", "rEmployee"]),
    );
  });

  it("staff of subordinate organisations: their heads, deputies, administrators — the whole subtree, not the excluded one", async () => {
    expect(await reached(region(), ["subordinate:heads"])).toEqual([
      { name: "d1Head", org: "D1", via: "staff" },
      { name: "k1Director", org: "K1", via: "staff" },
      { name: "k2Director", org: "K2", via: "staff" },
      { name: "k3Director", org: "K3", via: "staff" },
    ]);
    expect(names(await reached(region(), ["subordinate:deputies"]))).toEqual(["k1Deputy"]);
    expect(names(await reached(region(), ["subordinate:admins"]))).toEqual(
      sorted(["d1Admin", "d2Admin", "k1Admin"]),
    );
  });

  it("subordinate kindergartens: every employee, and the verified representatives of children enrolled that day", async () => {
    expect(names(await reached(region(), ["kindergarten:employees"]))).toEqual(
      sorted([
        "k1Director",
        "k1Deputy",
        "k1Admin",
        "k1Educator",
        "k1Nurse",
        "k2Director",
        "k2Educator",
        "k3Director",
        "k3Educator",
      ]),
    );
    // p1 represents children in K1 and K2: one row. K1's educator is c3's father: reached as a parent of K3.
    // Not pPending (claim pending), p4 (the child left), p5 (starts later), px (KX is excluded).
    expect(await reached(region(), ["kindergarten:parents"])).toEqual([
      { name: "k1Educator", org: "K3", via: "parent" },
      { name: "p1", org: "K1", via: "parent" },
      { name: "p2", org: "K2", via: "parent" },
      { name: "p3", org: "K3", via: "parent" },
    ]);
    // On 2026-12-20 c5 has started in K1: p5 is reached; c4 still out.
    expect(names(await reached(region(), ["kindergarten:parents"], [], "2026-12-20"))).toContain("p5");
  });

  it("a person reached as staff and as a parent gets one row, as staff", async () => {
    const rows = await reached(region(), ["kindergarten:employees", "kindergarten:parents"]);
    expect(rows.filter((r) => r.name === "k1Educator")).toEqual([
      { name: "k1Educator", org: "K1", via: "staff" },
    ]);
    expect(rows).toHaveLength(9 + 3);
  });

  it("narrowed to chosen subordinate organisations, each with its subtree", async () => {
    expect(
      names(await reached(region(), ["subordinate:heads", "subordinate:admins"], [w.orgs.D2.id])),
    ).toEqual(sorted(["d2Admin", "k3Director"]));
    expect(names(await reached(region(), ["kindergarten:parents"], [w.orgs.K1.id, w.orgs.K2.id]))).toEqual(
      sorted(["p1", "p2"]),
    );
    // The narrowing does not touch the author's own staff.
    expect(names(await reached(region(), ["own:heads", "subordinate:heads"], [w.orgs.K2.id]))).toEqual(
      sorted(["rHead", "k2Director"]),
    );
  });

  it("a district reaches its own subtree only", async () => {
    const district = { orgId: w.orgs.D1.id, personId: w.people.d1Admin.id };
    expect(names(await reached(district, ["kindergarten:employees"]))).toEqual(
      sorted(["k1Director", "k1Deputy", "k1Admin", "k1Educator", "k1Nurse", "k2Director", "k2Educator"]),
    );
    expect(names(await reached(district, ["network:staff"]))).toEqual(
      sorted([
        "d1Head",
        "d1Employee",
        "k1Director",
        "k1Deputy",
        "k1Admin",
        "k1Educator",
        "k1Nurse",
        "k2Director",
        "k2Educator",
      ]),
    );
    expect(
      await orgsOutsideTree(db, w.orgs.D1.id, [w.orgs.K1.id, w.orgs.K3.id, w.orgs.KX.id, w.orgs.D1.id]),
    ).toEqual([w.orgs.K3.id, w.orgs.KX.id, w.orgs.D1.id]);
  });
});

describe("a kindergarten's audiences", () => {
  it("its own staff by sub-role and its children's parents", async () => {
    const kg = { orgId: w.orgs.K1.id, personId: w.people.k1Admin.id };
    expect(names(await reached(kg, ["own:heads", "own:deputies"]))).toEqual(
      sorted(["k1Director", "k1Deputy"]),
    );
    expect(names(await reached(kg, ["own:employees"]))).toEqual(sorted(["k1Educator", "k1Nurse"]));
    expect(await reached(kg, ["kindergarten:parents"])).toEqual([{ name: "p1", org: "K1", via: "parent" }]);
  });
});
