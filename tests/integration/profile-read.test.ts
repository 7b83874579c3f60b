import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeProfileWorld, makeStaff, type ProfileWorld } from "./fixtures/profile";
import { loadProfile } from "@/lib/profile/org";
import { orgPage, profileTab } from "@/lib/profile/profile-tab";
import { structureTab } from "@/lib/profile/structure";
import { documentFile, folderDocuments, folderTree } from "@/lib/profile/documents";
import { forumTopic, forumTopics } from "@/lib/profile/forum";

// The profile's read side: the organisation by slug, what each viewer sees, the Profile, Structure,
// Documents and Forum tabs' data; switching a feature off hides it and keeps its rows.

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ProfileWorld;

beforeAll(async () => {
  await resetDatabase();
  w = await makeProfileWorld(db, NOW);
});
afterAll(disconnectPrisma);

const setFeatures = (organizationId: string, data: Record<string, unknown>) =>
  db.organizationSettings.update({ where: { organizationId }, data });

async function storedDocument(
  organizationId: string,
  title: string,
  at: Date,
  folderId: string | null = null,
) {
  const file = await db.storedFile.create({
    data: {
      storageKey: `test/${title}-${at.getTime()}-${Math.random().toString(36).slice(2)}.bin`,
      fileName: `${title}.pdf`,
      mimeType: "application/pdf",
      size: 10,
      sha256: "0".repeat(64),
    },
  });
  return db.document.create({
    data: {
      organizationId,
      folderId,
      title,
      fileId: file.id,
      uploadedById: w.people.regionAdmin.person.id,
      createdAt: at,
    },
  });
}

describe("the organisation behind a profile URL", () => {
  it("finds an organisation by its slug; unknown and archived ones are not found", async () => {
    const p = await loadProfile(w.region.slug, null);
    expect(p?.org.id).toBe(w.region.id);
    expect(await loadProfile("no-such-organisation", null)).toBeNull();
    expect(await loadProfile("", null)).toBeNull();
    const archived = await db.organization.create({
      data: {
        slug: "p-archived",
        kind: "KINDERGARTEN",
        orgType: "state_kindergarten",
        shortNameKk: "Жабық",
        shortNameRu: "Закрыт",
        fullNameKk: "Жабық",
        fullNameRu: "Закрыт",
        territoryId: w.territory.id,
        archivedAt: NOW,
      },
    });
    expect(await loadProfile(archived.slug, null)).toBeNull();
  });

  it("an organisation without a settings row gets the defaults (site, documents, structure, feedback on)", async () => {
    const bare = await db.organization.create({
      data: {
        slug: "p-bare",
        kind: "KINDERGARTEN",
        orgType: "state_kindergarten",
        shortNameKk: "Жаңа",
        shortNameRu: "Новый",
        fullNameKk: "Жаңа",
        fullNameRu: "Новый",
        territoryId: w.territory.id,
      },
    });
    const p = (await loadProfile(bare.slug, null))!;
    expect(p.view.tabs).toEqual(["profile", "structure", "documents", "feedback"]);
  });

  it("the tabs follow the viewer: the public, another organisation's staff, a member, an administrator", async () => {
    const pub = (await loadProfile(w.region.slug, null))!;
    expect(pub.view.tabs).toEqual(["profile", "structure", "documents", "forum", "feedback"]);
    expect(pub.view.administration).toBe(false);
    const outsider = (await loadProfile(w.region.slug, w.actors.kgDirector))!;
    expect(outsider.view.tabs).not.toContain("people");
    const member = (await loadProfile(w.region.slug, w.actors.regionEmployee))!;
    expect(member.view.tabs).toContain("people");
    expect(member.view.administration).toBe(false);
    expect((await loadProfile(w.region.slug, w.actors.regionAdmin))!.view.administration).toBe(true);
    expect((await loadProfile(w.region.slug, w.actors.regionHead))!.view.administration).toBe(true);
    expect((await loadProfile(w.kg.slug, w.actors.kgDirector))!.view.administration).toBe(true);
    expect((await loadProfile(w.kg.slug, w.actors.kgEducator))!.view.administration).toBe(false);
  });
});

describe("the Profile tab", () => {
  it("shows news newest first, the wall, leaders and administrators, the latest five documents and the pages", async () => {
    await db.newsItem.createMany({
      data: [
        {
          organizationId: w.region.id,
          title: "Ескі",
          body: "…",
          publishedAt: new Date("2026-09-01T05:00:00Z"),
        },
        {
          organizationId: w.region.id,
          title: "Жаңа",
          body: "…",
          publishedAt: new Date("2026-11-01T05:00:00Z"),
        },
        {
          organizationId: w.region.id,
          title: "Болашақ",
          body: "…",
          publishedAt: new Date("2027-01-01T05:00:00Z"),
        },
        {
          organizationId: w.district.id,
          title: "Бөгде",
          body: "…",
          publishedAt: new Date("2026-11-02T05:00:00Z"),
        },
      ],
    });
    await db.wallPost.create({
      data: { organizationId: w.region.id, authorId: w.people.regionHead.person.id, body: "Сәлем!" },
    });
    for (let i = 1; i <= 6; i++)
      await storedDocument(w.region.id, `Құжат ${i}`, new Date(NOW.getTime() - (10 - i) * 3600_000));
    await db.orgPage.create({
      data: { organizationId: w.region.id, slug: "history", title: "Тарих", body: "…" },
    });

    const p = (await loadProfile(w.region.slug, null))!;
    const tab = await profileTab(w.region.id, p.view, NOW);
    expect(tab.news.map((n) => n.title)).toEqual(["Жаңа", "Ескі"]);
    expect(tab.wall.map((x) => x.body)).toEqual(["Сәлем!"]);
    expect(tab.leaders.map((l) => [l.person.lastName, l.role])).toEqual([
      ["Мұқанов", "AUTHORITY_HEAD"],
      ["Садықова", "AUTHORITY_ADMIN"],
    ]);
    expect(tab.documents.map((d) => d.title)).toEqual([
      "Құжат 6",
      "Құжат 5",
      "Құжат 4",
      "Құжат 3",
      "Құжат 2",
    ]);
    expect(tab.pages.map((x) => x.slug)).toEqual(["history"]);
    expect((await orgPage(w.region.id, "history", p.view))?.title).toBe("Тарих");
    expect(await orgPage(w.region.id, "nothing", p.view)).toBeNull();
    // another organisation's page is not found under this one
    expect(await orgPage(w.district.id, "history", p.view)).toBeNull();
  });

  it("a kindergarten with no content yet reads as empty, not broken", async () => {
    const p = (await loadProfile(w.otherKg.slug, null))!;
    const tab = await profileTab(w.otherKg.id, p.view, NOW);
    expect(tab).toMatchObject({ news: [], wall: [], pages: [], documents: [] });
    expect(tab.leaders.map((l) => l.person.lastName)).toEqual(["Омарова"]);
    const s = await structureTab(w.otherKg.id);
    expect(s).toMatchObject({ units: [], subordinates: [] });
    expect(await folderTree(w.otherKg.id)).toEqual([]);
  });
});

describe("the Structure tab", () => {
  it("lists the units with head, staff and schedule, the subordinates (not the excluded), the leaders", async () => {
    const unit = await db.structuralUnit.create({
      data: {
        organizationId: w.region.id,
        nameKk: "Мектепке дейінгі білім бөлімі",
        nameRu: "Отдел дошкольного образования",
        description: "Кезек пен ваучерлер",
        schedule: "Дс–Жм 09:00–18:00",
        headPersonId: w.people.regionModerator.person.id,
      },
    });
    await db.membership.update({
      where: { id: w.people.regionModerator.membership.id },
      data: { unitId: unit.id },
    });
    const excluded = await db.organization.create({
      data: {
        slug: "p-excluded",
        kind: "DISTRICT_AUTHORITY",
        orgType: "education_department",
        shortNameKk: "Шығарылған",
        shortNameRu: "Исключён",
        fullNameKk: "Шығарылған",
        fullNameRu: "Исключён",
        territoryId: w.territory.id,
        parentId: w.region.id,
        subordinationExcludedAt: NOW,
      },
    });
    const s = await structureTab(w.region.id);
    expect(s.units).toHaveLength(1);
    expect(s.units[0]).toMatchObject({ schedule: "Дс–Жм 09:00–18:00", headPerson: { lastName: "Ахметова" } });
    expect(s.units[0]!.memberships.map((m) => m.person.lastName)).toEqual(["Ахметова"]);
    expect(s.subordinates.map((o) => o.slug).sort()).toEqual([w.district.slug, w.otherDistrict.slug].sort());
    expect(s.subordinates.map((o) => o.slug)).not.toContain(excluded.slug);
    expect(s.leaders.map((l) => l.person.lastName)).toEqual(["Мұқанов"]);
  });
});

describe("feature switches hide and never delete", () => {
  it("documents: off hides the tab, the list and the downloads; on again shows everything", async () => {
    const folder = await db.documentFolder.create({
      data: { organizationId: w.district.id, name: "Бұйрықтар" },
    });
    const sub = await db.documentFolder.create({
      data: { organizationId: w.district.id, name: "2026", parentId: folder.id },
    });
    const doc = await storedDocument(w.district.id, "Бұйрық № 1", NOW, sub.id);
    const tree = await folderTree(w.district.id);
    expect(tree).toEqual([
      {
        id: folder.id,
        name: "Бұйрықтар",
        count: 0,
        children: [{ id: sub.id, name: "2026", count: 1, children: [] }],
      },
    ]);
    expect((await folderDocuments(w.district.id, sub.id))!.documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await folderDocuments(w.district.id, folder.id))!.documents).toEqual([]);
    // the top of the tab lists every document of the organisation, whatever its folder
    expect(
      (await folderDocuments(w.district.id, null))!.documents.map((d) => [d.id, d.folder?.name]),
    ).toEqual([[doc.id, "2026"]]);
    // a folder of another organisation is not found here
    expect(await folderDocuments(w.region.id, sub.id)).toBeNull();
    expect(await documentFile(w.region.id, doc.id)).toBeNull();

    await setFeatures(w.district.id, { featureDocuments: false });
    const off = (await loadProfile(w.district.slug, null))!;
    expect(off.view.tabs).not.toContain("documents");
    expect(off.view.documents.read).toBe(false);
    expect((await loadProfile(w.district.slug, w.actors.districtAdmin))!.view.tabs).not.toContain(
      "documents",
    );
    expect(await profileTab(w.district.id, off.view, NOW)).toMatchObject({ documents: [] });
    expect(await db.document.count({ where: { organizationId: w.district.id } })).toBe(1);
    expect(await db.documentFolder.count({ where: { organizationId: w.district.id } })).toBe(2);

    await setFeatures(w.district.id, { featureDocuments: true });
    const on = (await loadProfile(w.district.slug, null))!;
    expect(on.view.tabs).toContain("documents");
    expect((await profileTab(w.district.id, on.view, NOW)).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(await folderTree(w.district.id)).toEqual(tree);
  });

  it("forum: off hides topics from everyone; the who-may-read level applies; on again they are all back", async () => {
    const topic = await db.forumTopic.create({
      data: {
        organizationId: w.kg.id,
        title: "Жазғы демалыс",
        authorId: w.people.kgDirector.person.id,
        posts: {
          create: [
            { authorId: w.people.kgDirector.person.id, body: "Бірінші" },
            { authorId: w.people.kgEducator.person.id, body: "Жасырын", hiddenAt: NOW },
          ],
        },
      },
    });
    const pub = (await loadProfile(w.kg.slug, null))!;
    expect(pub.view.tabs).toContain("forum");
    const list = await forumTopics(w.kg.id, pub.view);
    expect(list.map((t) => [t.title, t.posts])).toEqual([["Жазғы демалыс", 1]]);
    expect((await forumTopic(w.kg.id, topic.id, pub.view))!.posts.map((p) => p.body)).toEqual(["Бірінші"]);
    const director = (await loadProfile(w.kg.slug, w.actors.kgDirector))!;
    expect(
      (await forumTopic(w.kg.id, topic.id, director.view))!.posts.map((p) => [p.body, !!p.hiddenAt]),
    ).toEqual([
      ["Бірінші", false],
      ["Жасырын", true],
    ]);
    // another organisation's topic is not found under this one
    expect(await forumTopic(w.otherKg.id, topic.id, director.view)).toBeNull();

    await setFeatures(w.kg.id, { forumReadAccess: "MEMBERS" });
    expect((await loadProfile(w.kg.slug, null))!.view.tabs).not.toContain("forum");
    expect((await loadProfile(w.kg.slug, w.actors.parent))!.view.tabs).not.toContain("forum");
    expect((await loadProfile(w.kg.slug, w.actors.kgEducator))!.view.tabs).toContain("forum");
    await setFeatures(w.kg.id, { forumReadAccess: "REGISTERED" });
    expect((await loadProfile(w.kg.slug, w.actors.parent))!.view.forum.read).toBe(true);
    expect((await loadProfile(w.kg.slug, null))!.view.forum.read).toBe(false);

    await setFeatures(w.kg.id, { featureForum: false, forumReadAccess: "EVERYONE" });
    for (const a of [null, w.actors.kgDirector, w.actors.kgEducator])
      expect((await loadProfile(w.kg.slug, a))!.view.tabs).not.toContain("forum");
    expect(await db.forumPost.count({ where: { topicId: topic.id } })).toBe(2);

    await setFeatures(w.kg.id, { featureForum: true });
    const back = (await loadProfile(w.kg.slug, null))!;
    expect(back.view.tabs).toContain("forum");
    expect((await forumTopics(w.kg.id, back.view)).map((t) => t.id)).toEqual([topic.id]);
  });

  it("site off: members still see every enabled feature, everyone else only the Profile tab", async () => {
    await setFeatures(w.region.id, { featureSite: false });
    const pub = (await loadProfile(w.region.slug, null))!;
    expect(pub.view.tabs).toEqual(["profile"]);
    expect(pub.view.pages).toBe(false);
    expect(pub.view.documents.read).toBe(false);
    expect((await profileTab(w.region.id, pub.view, NOW)).documents).toEqual([]);
    expect((await loadProfile(w.region.slug, w.actors.districtAdmin))!.view.tabs).toEqual(["profile"]);
    const member = (await loadProfile(w.region.slug, w.actors.regionEmployee))!;
    expect(member.view.tabs).toEqual(["profile", "structure", "people", "documents", "forum", "feedback"]);
    expect(member.view.pages).toBe(true);
    await setFeatures(w.region.id, { featureSite: true });
    expect((await loadProfile(w.region.slug, null))!.view.tabs).toEqual([
      "profile",
      "structure",
      "documents",
      "forum",
      "feedback",
    ]);
  });

  it("structure, pages and feedback switch off and on with their rows kept", async () => {
    await setFeatures(w.region.id, { featureStructure: false, featurePages: false, featureFeedback: false });
    const off = (await loadProfile(w.region.slug, w.actors.regionAdmin))!;
    expect(off.view.tabs).toEqual(["profile", "people", "documents", "forum"]);
    expect(await orgPage(w.region.id, "history", off.view)).toBeNull();
    expect(await db.orgPage.count({ where: { organizationId: w.region.id } })).toBe(1);
    expect(await db.structuralUnit.count({ where: { organizationId: w.region.id } })).toBe(1);
    await setFeatures(w.region.id, { featureStructure: true, featurePages: true, featureFeedback: true });
    const on = (await loadProfile(w.region.slug, w.actors.regionAdmin))!;
    expect(on.view.tabs).toContain("structure");
    expect((await orgPage(w.region.id, "history", on.view))?.title).toBe("Тарих");
  });

  it("a person whose work ended is neither a member nor a leader any more", async () => {
    const gone = await makeStaff(db, w.otherKg.id, "KG_DEPUTY", {
      lastName: "Кеткен",
      leftAt: new Date("2026-08-31"),
    });
    const tab = await profileTab(w.otherKg.id, (await loadProfile(w.otherKg.slug, null))!.view, NOW);
    expect(tab.leaders.map((l) => l.person.id)).not.toContain(gone.person.id);
  });
});
