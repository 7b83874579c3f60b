import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { initialFormState } from "@/lib/form-state";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { formOf, makeOrgAdminWorld, useTempStorage, type OrgAdminWorld } from "./fixtures/org-admin-world";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { uploadOrgLogoAction, removeOrgLogoAction } = await import("@/lib/org/settings/actions");
const { uploadLogo } = await import("@/lib/org/settings/logo");
const { GET } = await import("@/app/api/org/[slug]/logo/route");

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
let w: OrgAdminWorld;
let storage: ReturnType<typeof useTempStorage>;

beforeEach(async () => {
  await resetDatabase();
  w = await makeOrgAdminWorld(db, NOW);
  storage = useTempStorage();
  session.actor = null;
});
afterEach(() => storage.cleanup());
afterAll(disconnectPrisma);

const png = (width: number, height: number, color = { r: 20, g: 120, b: 200, alpha: 1 }) =>
  sharp({ create: { width, height, channels: 4, background: color } })
    .png()
    .toBuffer();
const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .toBuffer();
const fileOf = (bytes: Uint8Array, name: string, type = "image/png") =>
  new File([new Uint8Array(bytes)], name, { type });

async function upload(actor: Actor | null, organizationId: string, file: File) {
  session.actor = actor;
  return uploadOrgLogoAction(initialFormState, formOf({ organizationId, logo: file }));
}
async function serve(slug: string) {
  session.actor = null;
  return GET(new Request(`http://localhost/api/org/${slug}/logo`), { params: Promise.resolve({ slug }) });
}
const textsOf = (key: string) =>
  [en, kk, ru].map((m) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m));
const logoOf = async (organizationId: string) =>
  (await db.organizationSettings.findUnique({ where: { organizationId } }))?.logoFileId ?? null;

describe("the logo", () => {
  it("a 3000×3000 PNG is stored at 150×150 and served with its type, a short public cache and nosniff", async () => {
    const state = await upload(w.actors.dAdmin, w.D.id, fileOf(await png(3000, 3000), "big.png"));
    expect(state).toMatchObject({ ok: true, message: "orgAdmin.settings.logoSaved" });
    const id = await logoOf(w.D.id);
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ mimeType: "image/png", fileName: "logo.png" });
    expect(storage.files()).toHaveLength(1);

    const res = await serve(w.D.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const served = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([served.format, served.width, served.height]).toEqual(["png", 150, 150]);

    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.logo_upload" } });
    expect(log).toMatchObject({ entityId: w.D.id, actorPersonId: w.people.dAdmin.person.id });
    expect(log.before).toEqual({ logoFileId: null });
    expect(log.after).toMatchObject({ logoFileId: id, mimeType: "image/png", size: row.size });
  });

  it("a wide picture is scaled down whole onto the square (transparent sides), a small one is not blown up", async () => {
    await upload(w.actors.kgDirector, w.K1.id, fileOf(await png(600, 200), "wide.png"));
    let bytes = Buffer.from(await (await serve(w.K1.slug)).arrayBuffer());
    let img = sharp(bytes);
    expect(await img.metadata()).toMatchObject({ width: 150, height: 150 });
    const corner = await sharp(bytes).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer();
    const centre = await sharp(bytes).extract({ left: 75, top: 75, width: 1, height: 1 }).raw().toBuffer();
    expect(corner[3]).toBe(0); // padding is transparent
    expect([...centre]).toEqual([20, 120, 200, 255]); // the picture itself, not cropped away

    await upload(w.actors.kgDirector, w.K1.id, fileOf(await png(40, 40), "small.png"));
    bytes = Buffer.from(await (await serve(w.K1.slug)).arrayBuffer());
    img = sharp(bytes);
    expect(await img.metadata()).toMatchObject({ width: 150, height: 150 });
    const edge = await sharp(bytes).extract({ left: 54, top: 75, width: 1, height: 1 }).raw().toBuffer();
    const inside = await sharp(bytes).extract({ left: 56, top: 75, width: 1, height: 1 }).raw().toBuffer();
    expect(edge[3]).toBe(0); // 40 px wide, centred: columns 55–94 only
    expect(inside[3]).toBe(255);
  });

  it("a JPEG is accepted by its content and stored as PNG; the replaced logo's row and bytes are gone", async () => {
    await upload(w.actors.dAdmin, w.D.id, fileOf(await png(300, 300), "first.png"));
    const first = await db.storedFile.findUniqueOrThrow({ where: { id: (await logoOf(w.D.id))! } });
    // Named .png, but a JPEG inside: the content decides.
    const state = await upload(
      w.actors.dAdmin,
      w.D.id,
      fileOf(await jpeg(800, 400), "photo.png", "image/png"),
    );
    expect(state.ok).toBe(true);
    const second = await logoOf(w.D.id);
    expect(second).not.toBe(first.id);
    expect(await db.storedFile.findUnique({ where: { id: first.id } })).toBeNull();
    expect(await db.storedFile.count()).toBe(1);
    expect(storage.files()).toHaveLength(1);
    expect(storage.files()[0]).not.toContain(first.storageKey);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: "org.logo_upload" },
      orderBy: { id: "desc" },
    });
    expect(log.before).toMatchObject({ logoFileId: first.id });
  });

  it("a 5 MB file is refused with the reason before its bytes are read; nothing is stored", async () => {
    const big = fileOf(new Uint8Array(5 * 1024 * 1024).fill(7), "huge.png");
    const read = vi.spyOn(big, "arrayBuffer");
    const state = await upload(w.actors.dAdmin, w.D.id, big);
    expect(state.fieldErrors).toEqual({ logo: "validation.orgAdmin.logoTooLarge" });
    expect(read).not.toHaveBeenCalled();
    for (const text of textsOf("validation.orgAdmin.logoTooLarge")) expect(text).toMatch(/4/);
    expect(await db.storedFile.count()).toBe(0);
    expect(storage.files()).toHaveLength(0);
    expect(await logoOf(w.D.id)).toBeNull();
  });

  it("a renamed non-image (text named logo.png) and a damaged PNG are refused with their reasons", async () => {
    const text = fileOf(new TextEncoder().encode("This is not a picture at all, just text."), "logo.png");
    const state = await upload(w.actors.dAdmin, w.D.id, text);
    expect(state.fieldErrors).toEqual({ logo: "validation.orgAdmin.logoType" });
    for (const t of textsOf("validation.orgAdmin.logoType"))
      expect(typeof t === "string" && t.length > 10).toBe(true);

    const header = (await png(100, 100)).subarray(0, 40);
    const broken = await upload(w.actors.dAdmin, w.D.id, fileOf(header, "broken.png"));
    expect(broken.fieldErrors).toEqual({ logo: "validation.orgAdmin.logoUnreadable" });

    const none = await upload(w.actors.dAdmin, w.D.id, fileOf(new Uint8Array(0), ""));
    expect(none.fieldErrors).toEqual({ logo: "validation.orgAdmin.logoRequired" });

    expect(await db.storedFile.count()).toBe(0);
    expect(storage.files()).toHaveLength(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("removing the logo removes its row and bytes; the route then answers 404", async () => {
    await upload(w.actors.dAdmin, w.D.id, fileOf(await png(200, 200), "a.png"));
    session.actor = w.actors.dAdmin;
    const removed = await removeOrgLogoAction(initialFormState, formOf({ organizationId: w.D.id }));
    expect(removed).toMatchObject({ ok: true, message: "orgAdmin.settings.logoRemoved" });
    expect(await logoOf(w.D.id)).toBeNull();
    expect(await db.storedFile.count()).toBe(0);
    expect(storage.files()).toHaveLength(0);
    expect((await serve(w.D.slug)).status).toBe(404);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "org.logo_remove" } });
    expect(log.after).toEqual({ logoFileId: null });

    session.actor = w.actors.dAdmin;
    const again = await removeOrgLogoAction(initialFormState, formOf({ organizationId: w.D.id }));
    expect(again).toMatchObject({ ok: true, message: "orgAdmin.settings.logoNone" });
    expect(await db.auditLog.count({ where: { action: "org.logo_remove" } })).toBe(1);
  });

  it("the route answers 404 for an organisation without a logo and for no organisation", async () => {
    expect((await serve(w.K2.slug)).status).toBe(404);
    expect((await serve("no-such-org")).status).toBe(404);
  });

  it("another organisation's administrator, a member without rights and the public cannot upload or remove", async () => {
    await upload(w.actors.dAdmin, w.D.id, fileOf(await png(200, 200), "a.png"));
    const kept = await logoOf(w.D.id);
    const image = await png(300, 300);
    for (const [actor, message] of [
      [w.actors.d2Admin, "errors.forbidden"],
      [w.actors.dEmployee, "errors.forbidden"],
      [w.actors.kgDirector, "errors.forbidden"],
      [null, "errors.unauthenticated"],
    ] as const) {
      expect(await upload(actor, w.D.id, fileOf(image, "b.png"))).toMatchObject({ ok: false, message });
      session.actor = actor;
      expect(await removeOrgLogoAction(initialFormState, formOf({ organizationId: w.D.id }))).toMatchObject({
        ok: false,
        message,
      });
    }
    await expect(uploadLogo(w.actors.dEmployee, w.D.id, image, NOW)).rejects.toEqual(
      new AppError("forbidden"),
    );
    expect(await logoOf(w.D.id)).toBe(kept);
    expect(await db.storedFile.count()).toBe(1);
    expect(storage.files()).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(1);
  });
});
