import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { initialFormState, type FormState } from "@/lib/form-state";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { formOf, makeOrgAdminWorld, type OrgAdminWorld } from "./fixtures/org-admin-world";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

// The signed-in actor of the "request" (the builder asks the session; here the test decides).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveOrgContactsAction, saveOrgFeaturesAction, saveOrgLocalisationAction, saveOrgNamesAction } =
  await import("@/lib/org/settings/actions");
const { saveNames } = await import("@/lib/org/settings/names");
const { saveFeatures } = await import("@/lib/org/settings/features");
const { loadActor } = await import("@/lib/auth/load-actor");

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
let w: OrgAdminWorld;

beforeEach(async () => {
  await resetDatabase();
  w = await makeOrgAdminWorld(db, NOW);
  session.actor = null;
});
afterAll(disconnectPrisma);

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
async function submit(action: Action, actor: Actor | null, values: Record<string, string | undefined>) {
  session.actor = actor;
  return action(initialFormState, formOf(values));
}

// A translation key's text in each language (undefined when a language lacks it).
const textOf = (key: string) =>
  [en, kk, ru].map((m) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m));
function expectTranslated(key: string | undefined) {
  expect(key, "a translation key").toBeTruthy();
  for (const text of textOf(key!)) expect(typeof text === "string" && text.length > 0, key).toBe(true);
}

const names = (organizationId: string) => ({
  organizationId,
  shortNameKk: "Жаңа атау",
  shortNameRu: "Новое название",
  fullNameKk: "Жаңа толық атау",
  fullNameRu: "Новое полное название",
});
const auditCount = () => db.auditLog.count({ where: { action: { startsWith: "org." } } });

describe("names", () => {
  it("the district's administrator and its head rename the department; audited before → after", async () => {
    const done = await submit(saveOrgNamesAction, w.actors.dAdmin, names(w.D.id));
    expect(done).toMatchObject({ ok: true, message: "orgAdmin.settings.saved" });
    const org = await db.organization.findUniqueOrThrow({ where: { id: w.D.id } });
    expect(org).toMatchObject({ shortNameKk: "Жаңа атау", fullNameRu: "Новое полное название" });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.names_update" } });
    expect(log).toMatchObject({
      entityId: w.D.id,
      organizationId: w.D.id,
      actorPersonId: w.people.dAdmin.person.id,
    });
    expect(log.before).toMatchObject({ shortNameKk: w.D.shortNameKk });
    expect(log.after).toMatchObject({ shortNameKk: "Жаңа атау" });

    const byHead = await submit(saveOrgNamesAction, w.actors.dHead, {
      ...names(w.D.id),
      shortNameRu: "Отдел",
    });
    expect(byHead.ok).toBe(true);
  });

  it("a kindergarten's director renames their own kindergarten (one code path for both kinds)", async () => {
    const done = await submit(saveOrgNamesAction, w.actors.kgDirector, names(w.K1.id));
    expect(done.ok).toBe(true);
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.K1.id } })).shortNameRu).toBe(
      "Новое название",
    );
  });

  it("another organisation's administrator, a member without rights and the public are refused; nothing changes", async () => {
    const cases: [Actor | null, string, string][] = [
      [w.actors.d2Admin, w.D.id, "errors.forbidden"],
      [w.actors.dEmployee, w.D.id, "errors.forbidden"],
      [w.actors.kgEducator, w.K1.id, "errors.forbidden"],
      [w.actors.dAdmin, w.K1.id, "errors.forbidden"], // the authority above does not administer the kindergarten's profile
      [w.actors.kgDirector, w.K3.id, "errors.forbidden"],
      [null, w.D.id, "errors.unauthenticated"],
      [w.actors.dAdmin, "no-such-org", "errors.not_found"],
    ];
    for (const [actor, id, message] of cases) {
      const state = await submit(saveOrgNamesAction, actor, names(id));
      expect(state, `${actor?.displayName ?? "public"} on ${id}`).toMatchObject({ ok: false, message });
    }
    // The operation asks the policy itself too.
    await expect(saveNames(w.actors.d2Admin, names(w.D.id))).rejects.toEqual(new AppError("forbidden"));
    const orgs = await db.organization.findMany({ where: { id: { in: [w.D.id, w.K1.id, w.K3.id] } } });
    for (const o of orgs) expect(o.shortNameRu).not.toBe("Новое название");
    expect(await auditCount()).toBe(0);
  });

  it("empty and too long names get field errors in every language and change nothing", async () => {
    const state = await submit(saveOrgNamesAction, w.actors.dAdmin, {
      ...names(w.D.id),
      shortNameKk: "  ",
      fullNameRu: "я".repeat(501),
    });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({
      shortNameKk: "validation.required",
      fullNameRu: "validation.tooLong",
    });
    for (const key of Object.values(state.fieldErrors!)) expectTranslated(key);
    // The texts come with the answer, in the request's language (kk by default): the browser holds no catalogue.
    expect(state.texts).toEqual({
      "validation.required": textOf("validation.required")[1],
      "validation.tooLong": textOf("validation.tooLong")[1],
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.D.id } })).shortNameKk).toBe(
      w.D.shortNameKk,
    );
    expect(await auditCount()).toBe(0);
  });
});

describe("contacts", () => {
  const contacts = {
    legalAddress: "Көкшетау, Абай көшесі, 1",
    actualAddress: "Көкшетау, Абай көшесі, 1",
    phones: "+7 (7162) 72-00-00, +7 701 000 00 01",
    fax: "+7 (7162) 72-00-16",
    email: "info@edu.kz",
    website: "edu-akmola.kz",
  };

  it("saves the contacts (a website without its scheme becomes https://), creating the settings row; audited", async () => {
    expect(await db.organizationSettings.count({ where: { organizationId: w.D.id } })).toBe(0);
    const state = await submit(saveOrgContactsAction, w.actors.dAdmin, {
      organizationId: w.D.id,
      ...contacts,
    });
    expect(state.ok).toBe(true);
    const s = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.D.id } });
    expect(s).toMatchObject({ ...contacts, website: "https://edu-akmola.kz" });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.contacts_update" } });
    expect(log.before).toMatchObject({ email: null });
    expect(log.after).toMatchObject({ email: "info@edu.kz" });

    // Emptied fields become empty.
    await submit(saveOrgContactsAction, w.actors.dAdmin, { organizationId: w.D.id, email: "" });
    expect(
      (await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.D.id } })).email,
    ).toBeNull();
  });

  it("a bad e-mail, website, phone or fax is refused in the user's language and nothing is written", async () => {
    const state = await submit(saveOrgContactsAction, w.actors.dAdmin, {
      organizationId: w.D.id,
      ...contacts,
      email: "info@",
      website: "javascript:alert(1)",
      phones: "call us",
      fax: "12",
    });
    expect(state.fieldErrors).toEqual({
      email: "validation.orgAdmin.email",
      website: "validation.orgAdmin.website",
      phones: "validation.orgAdmin.phones",
      fax: "validation.orgAdmin.fax",
    });
    for (const key of Object.values(state.fieldErrors!)) expectTranslated(key);
    expect(state.values?.email).toBe("info@"); // what was typed comes back to the form
    expect(await db.organizationSettings.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });

  it("refuses another district's administrator", async () => {
    const state = await submit(saveOrgContactsAction, w.actors.d2Admin, {
      organizationId: w.D.id,
      ...contacts,
    });
    expect(state).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await db.organizationSettings.count()).toBe(0);
  });
});

describe("features", () => {
  const all = (on: boolean) => ({
    organizationId: w.K1.id,
    ...(on
      ? {
          featureSite: "on",
          featureForum: "on",
          featureDocuments: "on",
          featureStructure: "on",
          featurePages: "on",
          featureFeedback: "on",
        }
      : {}),
    forumReadAccess: "MEMBERS",
    forumTopicCreation: "ADMINISTRATORS",
    documentsUpload: "MEMBERS",
  });

  // Every kind of data a feature shows, for K1.
  async function fillProfile() {
    const author = w.people.kgDirector.person.id;
    const organizationId = w.K1.id;
    await db.forumTopic.create({
      data: {
        organizationId,
        title: "Тақырып",
        authorId: author,
        posts: { create: { authorId: author, body: "Сәлем" } },
      },
    });
    const folder = await db.documentFolder.create({ data: { organizationId, name: "Бұйрықтар" } });
    const file = await db.storedFile.create({
      data: {
        storageKey: "x/doc.pdf",
        fileName: "doc.pdf",
        mimeType: "application/pdf",
        size: 4,
        sha256: "0".repeat(64),
      },
    });
    await db.document.create({
      data: { organizationId, folderId: folder.id, title: "Бұйрық", fileId: file.id, uploadedById: author },
    });
    await db.structuralUnit.create({ data: { organizationId, nameKk: "Әдістеме", nameRu: "Методический" } });
    await db.orgPage.create({ data: { organizationId, slug: "about", title: "Біз туралы", body: "…" } });
    await db.newsItem.create({ data: { organizationId, title: "Жаңалық", body: "…", publishedAt: NOW } });
    await db.wallPost.create({ data: { organizationId, authorId: author, body: "Хабарлама" } });
    await db.appeal.create({
      data: { organizationId, authorName: "Азамат", email: "a@b.kz", subject: "Сұрақ", body: "…" },
    });
    await db.qaItem.create({
      data: { organizationId, question: "Қашан?", answer: "Ертең", published: true },
    });
  }
  const counts = async () => {
    const where = { organizationId: w.K1.id };
    return {
      topics: await db.forumTopic.count({ where }),
      posts: await db.forumPost.count({ where: { topic: where } }),
      folders: await db.documentFolder.count({ where }),
      documents: await db.document.count({ where }),
      files: await db.storedFile.count(),
      units: await db.structuralUnit.count({ where }),
      pages: await db.orgPage.count({ where }),
      news: await db.newsItem.count({ where }),
      wall: await db.wallPost.count({ where }),
      appeals: await db.appeal.count({ where }),
      qa: await db.qaItem.count({ where }),
    };
  };

  it("switching every feature off and on again only flips the flags: all the rows are still there", async () => {
    await fillProfile();
    const before = await counts();
    expect(Object.values(before).every((c) => c > 0)).toBe(true);

    const off = await submit(saveOrgFeaturesAction, w.actors.kgDirector, all(false));
    expect(off.ok).toBe(true);
    const s = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.K1.id } });
    expect(s).toMatchObject({
      featureSite: false,
      featureForum: false,
      featureDocuments: false,
      featureStructure: false,
      featurePages: false,
      featureFeedback: false,
      forumReadAccess: "MEMBERS",
      forumTopicCreation: "ADMINISTRATORS",
      documentsUpload: "MEMBERS",
    });
    expect(await counts()).toEqual(before);

    const on = await submit(saveOrgFeaturesAction, w.actors.kgDirector, all(true));
    expect(on.ok).toBe(true);
    const back = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.K1.id } });
    expect(back).toMatchObject({ featureSite: true, featureForum: true, featureFeedback: true });
    expect(await counts()).toEqual(before);

    const logs = await db.auditLog.findMany({
      where: { action: "org.features_update" },
      orderBy: { id: "asc" },
    });
    expect(logs).toHaveLength(2);
    expect(logs[0]!.before).toMatchObject({ featureForum: false, featureSite: true }); // the defaults
    expect(logs[0]!.after).toMatchObject({ featureForum: false, featureSite: false });
    expect(logs[1]!.after).toMatchObject({ featureForum: true, featureSite: true });
  });

  it("opening topics wider than reading, or an unknown level, is refused and nothing changes", async () => {
    const wider = await submit(saveOrgFeaturesAction, w.actors.kgDirector, {
      ...all(true),
      forumReadAccess: "MEMBERS",
      forumTopicCreation: "REGISTERED",
    });
    expect(wider.fieldErrors).toEqual({ forumTopicCreation: "validation.orgAdmin.topicsWiderThanReading" });
    expectTranslated(wider.fieldErrors!.forumTopicCreation);
    const unknown = await submit(saveOrgFeaturesAction, w.actors.kgDirector, {
      ...all(true),
      documentsUpload: "EVERYONE",
    });
    expect(unknown.fieldErrors).toEqual({ documentsUpload: "validation.chooseFromList" });
    expect(await db.organizationSettings.count()).toBe(0);
  });

  it("a member without rights, another kindergarten's and the public cannot switch features", async () => {
    for (const actor of [w.actors.kgEducator, w.actors.d2Admin, w.actors.dAdmin, null]) {
      const state = await submit(saveOrgFeaturesAction, actor, all(false));
      expect(state.ok).toBe(false);
    }
    await expect(
      saveFeatures(w.actors.kgEducator, { ...all(false), featureSite: false } as never),
    ).rejects.toEqual(new AppError("forbidden"));
    expect(await db.organizationSettings.count()).toBe(0);
    expect(await auditCount()).toBe(0);
  });
});

describe("localisation", () => {
  it("a kindergarten sets its settlement and time zone; audited", async () => {
    const state = await submit(saveOrgLocalisationAction, w.actors.kgDirector, {
      organizationId: w.K1.id,
      city: "Степняк",
      timeZone: "Asia/Qostanay",
    });
    expect(state).toMatchObject({ ok: true, message: "orgAdmin.settings.saved" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.K1.id } })).timeZone).toBe(
      "Asia/Qostanay",
    );
    expect(
      (await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: w.K1.id } })).city,
    ).toBe("Степняк");
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.localisation_update" } });
    expect(log.before).toEqual({ city: null, timeZone: "Asia/Almaty" });
    expect(log.after).toEqual({ city: "Степняк", timeZone: "Asia/Qostanay" });
  });

  it("an authority's zone is its own; kindergartens inherit nothing unless the administrator pushes it down", async () => {
    await submit(saveOrgLocalisationAction, w.actors.dAdmin, {
      organizationId: w.D.id,
      timeZone: "Asia/Aqtobe",
    });
    const zones = async () =>
      Object.fromEntries(
        (await db.organization.findMany({ select: { id: true, timeZone: true } })).map((o) => [
          o.id,
          o.timeZone,
        ]),
      );
    let z = await zones();
    expect([z[w.D.id], z[w.K1.id], z[w.K2.id], z[w.K3.id]]).toEqual([
      "Asia/Aqtobe",
      "Asia/Almaty",
      "Asia/Almaty",
      "Asia/Almaty",
    ]);

    // Pushed down: the current subordinates of D change, an excluded one and another district's do not.
    await db.organization.update({ where: { id: w.K2.id }, data: { subordinationExcludedAt: NOW } });
    const state = await submit(saveOrgLocalisationAction, w.actors.dAdmin, {
      organizationId: w.D.id,
      timeZone: "Asia/Aqtobe",
      applyToSubordinates: "on",
    });
    expect(state).toMatchObject({
      ok: true,
      message: "orgAdmin.settings.savedWithSubordinates",
      messageValues: { count: 1 },
    });
    z = await zones();
    expect([z[w.K1.id], z[w.K2.id], z[w.K3.id]]).toEqual(["Asia/Aqtobe", "Asia/Almaty", "Asia/Almaty"]);
    const pushed = await db.auditLog.findFirstOrThrow({
      where: { action: "org.localisation_update", entityId: w.K1.id },
    });
    expect(pushed.after).toEqual({ timeZone: "Asia/Aqtobe", fromAuthorityId: w.D.id });

    // A region pushes through its districts to their kindergartens (following current links only).
    const person = await db.person.create({ data: { lastName: "Облыс", firstName: "Әкімші" } });
    await db.membership.create({
      data: {
        personId: person.id,
        organizationId: w.R.id,
        role: "AUTHORITY_ADMIN",
        isAdministrator: true,
        arrivedAt: NOW,
      },
    });
    const user = await db.user.create({ data: { personId: person.id, login: "oa.region" } });
    const regionAdmin = (await loadActor(user.id, "staff", 0, NOW))!;
    const byRegion = await submit(saveOrgLocalisationAction, regionAdmin, {
      organizationId: w.R.id,
      timeZone: "Asia/Atyrau",
      applyToSubordinates: "on",
    });
    expect(byRegion.messageValues).toEqual({ count: 4 }); // D, D2, K1, K3 — not the excluded K2
    z = await zones();
    expect([z[w.R.id], z[w.D.id], z[w.D2.id], z[w.K1.id], z[w.K2.id], z[w.K3.id]]).toEqual([
      "Asia/Atyrau",
      "Asia/Atyrau",
      "Asia/Atyrau",
      "Asia/Atyrau",
      "Asia/Almaty",
      "Asia/Atyrau",
    ]);
  });

  it("a zone outside Kazakhstan's list is refused in the user's language and nothing changes", async () => {
    const state = await submit(saveOrgLocalisationAction, w.actors.kgDirector, {
      organizationId: w.K1.id,
      city: "Степняк",
      timeZone: "Europe/Moscow",
    });
    expect(state.fieldErrors).toEqual({ timeZone: "validation.orgAdmin.timeZone" });
    expectTranslated(state.fieldErrors!.timeZone);
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.K1.id } })).timeZone).toBe(
      "Asia/Almaty",
    );
    expect(await auditCount()).toBe(0);
  });

  it("another district's administrator cannot change the zone of D or push it into D's kindergartens", async () => {
    const state = await submit(saveOrgLocalisationAction, w.actors.d2Admin, {
      organizationId: w.D.id,
      timeZone: "Asia/Oral",
      applyToSubordinates: "on",
    });
    expect(state).toMatchObject({ ok: false, message: "errors.forbidden" });
    const zones = await db.organization.findMany({ where: { timeZone: "Asia/Oral" } });
    expect(zones).toHaveLength(0);
  });
});

describe("the messages", () => {
  it("every refusal of the administration's forms has its text in Kazakh, Russian and English", () => {
    for (const key of Object.keys(en.validation.orgAdmin)) expectTranslated(`validation.orgAdmin.${key}`);
  });
});
