// The announcement actions through the action builder, as the wizard and the pages submit them (the session
// and Next's cache stand in): the wizard's steps and their field errors in kk/ru/en, publishing with its
// audit, who may publish and delete (refusals change nothing), reading marked once, the Active and Archive
// tabs by the read-by date against the clock, "read by X of Y", the read list by organisation, and the XLSX
// export read back.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState, type FormState } from "@/lib/form-state";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { formOf, makeAnnouncementsWorld, type AnnouncementsWorld } from "./fixtures/announcements-world";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

// A refusal as the browser gets it: the key, and its text in the request's language (kk by default).
const NOT_FOUND = { ok: false, message: "errors.not_found", texts: { "errors.not_found": "Табылмады." } };
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// Outside Next, the request's locale and translations come from the messages directly.
vi.mock("next-intl/server", async (original) => {
  const { createTranslator } = await import("next-intl");
  const messages = {
    kk: (await import("@/messages/kk.json")).default,
    ru: (await import("@/messages/ru.json")).default,
    en: (await import("@/messages/en.json")).default,
  };
  return {
    ...(await original<typeof import("next-intl/server")>()),
    getLocale: async () => "kk",
    getTranslations: async ({ locale, namespace }: { locale: "kk" | "ru" | "en"; namespace?: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as never }),
  };
});

const { publishAnnouncementAction, deleteAnnouncementAction, markAnnouncementReadAction } =
  await import("@/lib/announcement/actions");
const { publishAnnouncement } = await import("@/lib/announcement/publish");
const { markAnnouncementRead } = await import("@/lib/announcement/mark-read");
const { authorAnnouncements, readCounts, receiptOrganisations, receiptsPage, tabCounts } =
  await import("@/lib/announcement/queries");
const { announcementInbox, unreadCount, inboxItem } = await import("@/lib/announcement/inbox");
const { GET: exportRoute } =
  await import("@/app/[locale]/(authority)/authority/announcements/[id]/export/route");
const { setClock } = await import("@/lib/clock/clock");

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z"); // 11:00 in Almaty
let w: AnnouncementsWorld;

beforeAll(async () => {
  await resetDatabase();
  w = await makeAnnouncementsWorld(db, NOW);
  setClock(NOW);
});
beforeEach(() => {
  session.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

type State = FormState & { step?: string; reach?: { total: number; staff: number; parents: number } };
const text = { title: "Қысқы каникул", body: "Құрметті әріптестер!\n\nКесте: https://edu.kz/kesté." };
async function wizard(
  actor: Actor | null,
  fields: Record<string, string | string[] | undefined>,
): Promise<State> {
  session.actor = actor;
  return (await publishAnnouncementAction(initialFormState, formOf(fields))) as State;
}
// The builder's redirect after publishing is Next's redirect error: its target is the announcement's page.
async function publishVia(
  actor: Actor,
  fields: Record<string, string | string[] | undefined>,
): Promise<string> {
  session.actor = actor;
  try {
    await publishAnnouncementAction(initialFormState, formOf({ ...fields, intent: "publish" }));
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    const m = /\/announcements\/([^/?;]+)\?published=1/.exec(digest);
    if (m) return m[1]!;
    throw e;
  }
  throw new Error("publishing did not redirect");
}
const translated = (key: string) =>
  [en, kk, ru].every((m) => {
    const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m);
    return typeof v === "string" && v.length > 0;
  });
const counts = async () => ({
  announcements: await db.announcement.count(),
  recipients: await db.announcementRecipient.count(),
  audits: await db.auditLog.count(),
});

describe("the wizard's steps", () => {
  it("checks the text, then the audience with whom it reaches, without writing anything", async () => {
    const before = await counts();
    const base = { organizationId: w.orgs.D1.id, ...text };
    expect(await wizard(w.actors.d1Admin, { ...base, intent: "content", readBy: "" })).toMatchObject({
      ok: true,
      step: "audience",
    });
    const review = await wizard(w.actors.d1Admin, {
      ...base,
      intent: "review",
      codes: ["kindergarten:employees", "kindergarten:parents"],
    });
    expect(review).toMatchObject({ ok: true, step: "review", reach: { total: 9, staff: 7, parents: 2 } });
    expect(await counts()).toEqual(before);
  });

  it("bad input: field errors in every language, nothing written", async () => {
    const before = await counts();
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ intent: "content", title: "", body: "x" }, "title", "validation.required"],
      [{ intent: "content", title: "x", body: " " }, "body", "validation.required"],
      [{ intent: "content", title: "x".repeat(201), body: "x" }, "title", "validation.tooLong"],
      [{ intent: "content", ...text, readBy: "2026-02-30" }, "readBy", "validation.date"],
      // 2026-11-30 is already past in Almaty at 20:00 UTC (see the clock test below); yesterday always is.
      [{ intent: "content", ...text, readBy: "2026-11-29" }, "readBy", "validation.announcements.readByPast"],
      [{ intent: "review", ...text }, "codes", "validation.announcements.audienceRequired"],
      [{ intent: "review", ...text, codes: ["everyone"] }, "codes", "validation.chooseFromList"],
      [{ intent: "publish", ...text, codes: ["own:deputies"] }, "codes", "validation.announcements.nobody"],
      [
        { intent: "review", ...text, codes: ["kindergarten:parents"], orgIds: [w.orgs.K3.id] },
        "orgIds",
        "validation.announcements.orgOutside",
      ],
      [
        { intent: "publish", ...text, codes: ["kindergarten:parents"], orgIds: [w.orgs.KX.id] },
        "orgIds",
        "validation.announcements.orgOutside",
      ],
    ];
    for (const [fields, field, key] of cases) {
      const out = await wizard(w.actors.d1Admin, { organizationId: w.orgs.D1.id, ...fields });
      expect(out.ok, JSON.stringify(fields)).toBe(false);
      expect(out.fieldErrors?.[field], JSON.stringify(fields)).toBe(key);
      expect(translated(key), key).toBe(true);
    }
    // A kindergarten may not address subordinate organisations or choose organisations.
    const kg = { organizationId: w.orgs.K1.id, ...text, intent: "review" };
    expect((await wizard(w.actors.k1Admin, { ...kg, codes: ["subordinate:heads"] })).fieldErrors?.codes).toBe(
      "validation.chooseFromList",
    );
    expect(
      (await wizard(w.actors.k1Admin, { ...kg, codes: ["kindergarten:parents"], orgIds: [w.orgs.K1.id] }))
        .fieldErrors?.orgIds,
    ).toBe("validation.chooseFromList");
    expect(await counts()).toEqual(before);
  });
});

describe("publishing", () => {
  it("stores the announcement, its recipients resolved then, and an audit record", async () => {
    const id = await publishVia(w.actors.d1Admin, {
      organizationId: w.orgs.D1.id,
      ...text,
      readBy: "2026-12-05",
      codes: ["kindergarten:employees"],
    });
    const a = await db.announcement.findUniqueOrThrow({ where: { id } });
    expect(a).toMatchObject({
      organizationId: w.orgs.D1.id,
      authorId: w.people.d1Admin.id,
      title: text.title,
      body: text.body,
      audiences: ["kindergarten:employees"],
      publishedAt: NOW,
      deletedAt: null,
    });
    expect(a.readByDate).toEqual(new Date("2026-12-05T00:00:00Z"));
    expect(await db.announcementRecipient.count({ where: { announcementId: id } })).toBe(7);
    const [log] = await db.auditLog.findMany({ where: { action: "announcement.publish", entityId: id } });
    expect(log).toMatchObject({ actorPersonId: w.people.d1Admin.id, organizationId: w.orgs.D1.id });
    expect(log!.after).toMatchObject({ recipients: 7, readByDate: "2026-12-05" });

    // Later staff changes don't rewrite who was asked.
    await db.membership.updateMany({
      where: { personId: w.people.k2Educator.id },
      data: { leftAt: new Date("2026-11-30") },
    });
    expect(await db.announcementRecipient.count({ where: { announcementId: id } })).toBe(7);
    await db.membership.updateMany({ where: { personId: w.people.k2Educator.id }, data: { leftAt: null } });
  });

  it("an editor publishes; an officer without the right, another district, a kindergarten's educator and a parent are refused", async () => {
    const ok = await publishVia(w.actors.rEditor, {
      organizationId: w.orgs.R.id,
      ...text,
      codes: ["own:heads"],
    });
    expect(await db.announcementRecipient.count({ where: { announcementId: ok } })).toBe(1);

    const before = await counts();
    const fields = { ...text, intent: "publish", codes: ["own:heads", "kindergarten:parents"] };
    const cases: [Actor | null, string, string][] = [
      [w.actors.rEmployee, w.orgs.R.id, "errors.forbidden"],
      [w.actors.d2Admin, w.orgs.D1.id, "errors.forbidden"],
      [w.actors.d1Admin, w.orgs.R.id, "errors.forbidden"], // an authority above is not the district's to address
      [w.actors.k1Educator, w.orgs.K1.id, "errors.forbidden"],
      [w.actors.p1, w.orgs.K1.id, "errors.forbidden"],
      [null, w.orgs.K1.id, "errors.unauthenticated"],
      [w.actors.d1Admin, "no-such-org", "errors.not_found"],
    ];
    for (const [actor, organizationId, message] of cases) {
      const out = await wizard(actor, { ...fields, organizationId });
      expect(out, `${actor?.displayName} → ${organizationId}`).toMatchObject({ ok: false, message });
    }
    expect(await counts()).toEqual(before);
  });
});

describe("reading, deleting, the tabs and the read list", () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await publishAnnouncement(
        w.actors.rAdmin,
        { id: w.orgs.R.id, kind: "REGION_AUTHORITY", timeZone: "Asia/Almaty" },
        {
          intent: "publish",
          organizationId: w.orgs.R.id,
          title: "Ата-аналарға",
          body: "Мәтін",
          readBy: "2026-12-05",
          codes: ["kindergarten:parents", "subordinate:heads"],
          orgIds: [],
        },
        NOW,
      )
    ).id;
  });

  it("a recipient sees it unread with the badge's count; opening marks it read once, keeping the first time", async () => {
    expect(await unreadCount(w.parents.p1.id)).toBe(1);
    const inbox = await announcementInbox(w.parents.p1.id);
    expect(inbox.items.map((i) => [i.announcementId, i.readAt])).toEqual([[id, null]]);

    session.actor = w.actors.p1;
    const first = await markAnnouncementReadAction({ id });
    expect(first).toEqual({ ok: true, readAt: NOW.toISOString() });
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(await markAnnouncementRead(w.parents.p1.id, id, later)).toEqual(NOW);
    expect((await inboxItem(w.parents.p1.id, id))!.readAt).toEqual(NOW);
    expect(await unreadCount(w.parents.p1.id)).toBe(0);
    expect((await readCounts([id])).get(id)).toEqual({ read: 1, total: 8 });
  });

  it("someone not among the recipients can't open or mark it (nothing is written)", async () => {
    for (const actor of [w.actors.k1Admin, w.actors.d2Admin, w.actors.p2]) {
      if (actor === w.actors.p2) continue; // p2 is a recipient (K2's parent): not refused
      session.actor = actor;
      expect(await markAnnouncementReadAction({ id })).toEqual(NOT_FOUND);
      expect(
        await db.announcementRecipient.count({ where: { announcementId: id, personId: actor.personId } }),
      ).toBe(0);
    }
    expect((await readCounts([id])).get(id)).toEqual({ read: 1, total: 8 });
  });

  it("the read list: read and not read, filtered by the organisation through which they were reached", async () => {
    session.actor = w.actors.p3;
    await markAnnouncementReadAction({ id });
    const orgs = await receiptOrganisations(id);
    expect(orgs.map((o) => [o.shortNameKk, o.read, o.total])).toEqual([
      ["D1", 0, 1],
      ["K1", 1, 2],
      ["K2", 0, 2],
      ["K3", 1, 3],
    ]);
    const read = await receiptsPage(id, { status: "read", page: 1 });
    expect(read.rows.map((r) => r.lastName)).toEqual(["p1", "p3"]);
    const unreadK3 = await receiptsPage(id, { status: "unread", org: w.orgs.K3.id, page: 1 });
    // K1's educator was reached as c3's parent, through K3.
    expect(unreadK3.rows.map((r) => [r.lastName, r.via])).toEqual([
      ["k1Educator", "parent"],
      ["k3Director", "staff"],
    ]);
    expect((await receiptsPage(id, { status: "all", page: 1 })).total).toBe(8);
  });

  it("exports the read list as XLSX, the same filter as the page; for the author organisation's keepers only", async () => {
    const get = (query: string) =>
      exportRoute(new Request(`http://localhost/kk/authority/announcements/${id}/export?${query}`), {
        params: Promise.resolve({ locale: "kk", id }),
      });
    session.actor = w.actors.rAdmin;
    const res = await get("status=all");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    expect(rows[0]).toEqual([
      kk.announcements.receipts.name,
      kk.announcements.receipts.organisation,
      kk.announcements.receipts.via,
      kk.announcements.receipts.status,
      kk.announcements.receipts.readAt,
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["d1Head Test", "D1", "танымады"],
      ["k1Director Test", "K1", "танымады"],
      ["p1 Test", "K1", "танысты"],
      ["k2Director Test", "K2", "танымады"],
      ["p2 Test", "K2", "танымады"],
      ["k1Educator Test", "K3", "танымады"],
      ["k3Director Test", "K3", "танымады"],
      ["p3 Test", "K3", "танысты"],
    ]);
    expect(rows[3]![4]).toBe("30.11.2026, 11:00");

    const readOnly = await get(`status=read&org=${w.orgs.K3.id}`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(await readOnly.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb2.worksheets[0]!.rowCount).toBe(2);

    for (const actor of [w.actors.rEmployee, w.actors.d1Admin, w.actors.p1, null]) {
      session.actor = actor;
      expect((await get("status=all")).status).toBe(404);
    }
  });

  it("Active until the read-by date, Archive after it — by the clock, in the organisation's time zone", async () => {
    const active = (today: string) => authorAnnouncements(w.orgs.R.id, "active", today);
    const archive = (today: string) => authorAnnouncements(w.orgs.R.id, "archive", today);
    expect((await active("2026-12-05")).map((a) => a.id)).toContain(id);
    expect((await archive("2026-12-05")).map((a) => a.id)).not.toContain(id);
    expect((await archive("2026-12-06")).map((a) => a.id)).toEqual([id]);
    expect(await tabCounts(w.orgs.R.id, "2026-12-06")).toEqual({ active: 1, archive: 1 });
    expect((await active("2026-12-06"))[0]!.count).toEqual({ read: 0, total: 1 });

    // 20:00 UTC on 30 November is already 1 December in Almaty: a read-by date of 30 November is past.
    setClock(new Date("2026-11-30T20:00:00Z"));
    try {
      const out = await wizard(w.actors.rAdmin, {
        organizationId: w.orgs.R.id,
        ...text,
        intent: "content",
        readBy: "2026-11-30",
      });
      expect(out.fieldErrors?.readBy).toBe("validation.announcements.readByPast");
      expect(
        (
          await wizard(w.actors.rAdmin, {
            organizationId: w.orgs.R.id,
            ...text,
            intent: "content",
            readBy: "2026-12-01",
          })
        ).ok,
      ).toBe(true);
    } finally {
      setClock(NOW);
    }
  });

  it("deleting: only the author organisation's keepers, after “Yes, delete!”; recipients no longer see it", async () => {
    const del = async (actor: Actor | null, confirm = "yes") => {
      session.actor = actor;
      try {
        return await deleteAnnouncementAction(initialFormState, formOf({ id, confirm }));
      } catch (e) {
        return { ok: true, redirect: String((e as { digest?: string }).digest ?? e) } as FormState & {
          redirect: string;
        };
      }
    };
    const before = await counts();
    for (const actor of [w.actors.d1Admin, w.actors.rEmployee, w.actors.p1, w.actors.k1Admin])
      expect(await del(actor), actor.displayName).toMatchObject({ ok: false, message: "errors.not_found" });
    expect(await del(w.actors.rAdmin, "")).toMatchObject({
      ok: false,
      message: "validation.announcements.confirmDelete",
    });
    expect(await counts()).toEqual(before);

    const done = (await del(w.actors.rAdmin)) as FormState & { redirect?: string };
    expect(done.redirect).toContain("/authority/announcements?deleted=1");
    expect((await db.announcement.findUniqueOrThrow({ where: { id } })).deletedAt).toEqual(NOW);
    const [log] = await db.auditLog.findMany({ where: { action: "announcement.delete", entityId: id } });
    expect(log).toMatchObject({ actorPersonId: w.people.rAdmin.id, organizationId: w.orgs.R.id });
    expect(await unreadCount(w.parents.p2.id)).toBe(0);
    expect((await announcementInbox(w.parents.p1.id)).items).toEqual([]);
    expect(await inboxItem(w.parents.p1.id, id)).toBeNull();
    session.actor = w.actors.p2;
    expect(await markAnnouncementReadAction({ id })).toEqual(NOT_FOUND);
    expect(await del(w.actors.rAdmin)).toMatchObject({ ok: false, message: "errors.not_found" });
  });
});
