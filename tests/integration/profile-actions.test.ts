import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeProfileWorld, type ProfileWorld } from "./fixtures/profile";
import { initialFormState, type FormState } from "@/lib/form-state";
import { localFolderStorage, setFileStorage } from "@/lib/storage/storage";
import { MAX_ANY_UPLOAD_BYTES } from "@/lib/storage/any-file-rules";
import { loadProfile } from "@/lib/profile/org";
import { forumTopic } from "@/lib/profile/forum";

// The profile's actions through the action builder, as a form submits them (the session and Next's cache
// stand in): who may, bad input as field errors, refusals that write nothing, the audit of every change;
// and the document download route.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const {
  wallPostAction,
  createFolderAction,
  uploadDocumentAction,
  deleteDocumentAction,
  createTopicAction,
  replyAction,
  hidePostAction,
} = await import("@/lib/profile/actions");
const { GET: downloadDocument } =
  await import("@/app/[locale]/(public)/org/[slug]/documents/[documentId]/file/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ProfileWorld;
let filesRoot: string;

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
function submit(action: Action, actor: Actor | null, fields: Record<string, string | File>) {
  state.actor = actor;
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return action(initialFormState, fd);
}
const storedFiles = () =>
  fs.readdirSync(filesRoot, { recursive: true }).filter((f) => /\.\w+$/.test(String(f)));
const auditOf = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
const settings = (organizationId: string, data: Record<string, unknown>) =>
  db.organizationSettings.update({ where: { organizationId }, data });

beforeAll(async () => {
  await resetDatabase();
  w = await makeProfileWorld(db, NOW);
  filesRoot = fs.mkdtempSync(path.join(os.tmpdir(), "profile-files-"));
  setFileStorage(localFolderStorage(filesRoot));
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setFileStorage(null);
  fs.rmSync(filesRoot, { recursive: true, force: true });
  await disconnectPrisma();
});

describe("the message wall", () => {
  it("a member posts, with an audit record", async () => {
    const r = await submit(wallPostAction, w.actors.regionEmployee, {
      organizationId: w.region.id,
      body: " Сәлем! ",
    });
    expect(r).toMatchObject({ ok: true, message: "profile.wall.posted" });
    const posts = await db.wallPost.findMany({ where: { organizationId: w.region.id } });
    expect(posts.map((p) => [p.body, p.authorId])).toEqual([["Сәлем!", w.people.regionEmployee.person.id]]);
    const [log] = await auditOf("wall_post.create");
    expect(log).toMatchObject({
      actorPersonId: w.people.regionEmployee.person.id,
      organizationId: w.region.id,
      entityId: posts[0]!.id,
    });
  });

  it("the public, a parent and another organisation's staff may not; bad input is a field error; nothing is written", async () => {
    const before = await db.wallPost.count();
    const fields = { organizationId: w.region.id, body: "Бөгде" };
    expect(await submit(wallPostAction, null, fields)).toMatchObject({
      ok: false,
      message: "errors.unauthenticated",
    });
    expect(await submit(wallPostAction, w.actors.parent, fields)).toMatchObject({
      message: "errors.forbidden",
    });
    expect(await submit(wallPostAction, w.actors.kgDirector, fields)).toMatchObject({
      message: "errors.forbidden",
    });
    expect(
      await submit(wallPostAction, w.actors.regionEmployee, { organizationId: w.region.id, body: "  " }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { body: "validation.required" },
    });
    expect(
      await submit(wallPostAction, w.actors.regionEmployee, {
        organizationId: w.region.id,
        body: "я".repeat(2001),
      }),
    ).toMatchObject({ fieldErrors: { body: "validation.tooLong" } });
    expect(
      await submit(wallPostAction, w.actors.regionEmployee, { organizationId: "nope", body: "Сәлем" }),
    ).toMatchObject({
      message: "errors.not_found",
    });
    expect(await db.wallPost.count()).toBe(before);
    expect(await auditOf("wall_post.create")).toHaveLength(1);
  });
});

describe("documents", () => {
  let folderId: string;

  it("an administrator creates folders (nested; a twin name or another organisation's parent is refused)", async () => {
    const r = await submit(createFolderAction, w.actors.regionAdmin, {
      organizationId: w.region.id,
      name: "Бұйрықтар",
    });
    expect(r).toMatchObject({ ok: true, message: "profile.documents.folderCreated" });
    folderId = (await db.documentFolder.findFirstOrThrow({ where: { organizationId: w.region.id } })).id;
    expect(
      await submit(createFolderAction, w.actors.regionAdmin, {
        organizationId: w.region.id,
        name: "2026",
        parentId: folderId,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await submit(createFolderAction, w.actors.regionAdmin, {
        organizationId: w.region.id,
        name: "бұйрықтар",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { name: "validation.profile.folderExists" } });
    const theirs = await db.documentFolder.create({
      data: { organizationId: w.kg.id, name: "Балабақшаның" },
    });
    expect(
      await submit(createFolderAction, w.actors.regionAdmin, {
        organizationId: w.region.id,
        name: "Ішінде",
        parentId: theirs.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { parentId: "validation.chooseFromList" } });
    expect(
      await submit(createFolderAction, w.actors.regionEmployee, {
        organizationId: w.region.id,
        name: "Менікі",
      }),
    ).toMatchObject({ message: "errors.forbidden" });
    expect(await db.documentFolder.count({ where: { organizationId: w.region.id } })).toBe(2);
    expect((await auditOf("document_folder.create")).map((a) => a.organizationId)).toEqual([
      w.region.id,
      w.region.id,
    ]);
  });

  it("upload: whom the setting names, any format up to 20 MB, typed by content and a known extension", async () => {
    // the region keeps the default: its administrators upload
    const docx = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], "Жоспар.docx");
    const fields = { organizationId: w.region.id, title: "", folderId, file: docx };
    expect(await submit(uploadDocumentAction, w.actors.regionEmployee, fields)).toMatchObject({
      message: "errors.forbidden",
    });
    expect(await submit(uploadDocumentAction, w.actors.regionAdmin, fields)).toMatchObject({
      ok: true,
      message: "profile.documents.uploaded",
    });
    const doc = await db.document.findFirstOrThrow({
      where: { organizationId: w.region.id },
      include: { file: true },
    });
    expect(doc).toMatchObject({
      title: "Жоспар.docx",
      folderId,
      uploadedById: w.people.regionAdmin.person.id,
    });
    expect(doc.file).toMatchObject({
      fileName: "Жоспар.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      size: 7,
    });
    expect(storedFiles()).toHaveLength(1);
    const [log] = await auditOf("document.upload");
    expect(log).toMatchObject({ organizationId: w.region.id, entityId: doc.id });
    expect(log!.after).toMatchObject({ sha256: doc.file.sha256, fileName: "Жоспар.docx" });

    // the kindergarten lets its members upload; a page renamed .pdf is not a PDF
    const fake = new File(["<html><script>alert(1)</script></html>"], "бұйрық.pdf");
    expect(
      await submit(uploadDocumentAction, w.actors.kgEducator, {
        organizationId: w.kg.id,
        title: "Бұйрық",
        file: fake,
      }),
    ).toMatchObject({ ok: true });
    const kgDoc = await db.document.findFirstOrThrow({
      where: { organizationId: w.kg.id },
      include: { file: true },
    });
    expect(kgDoc.file.mimeType).toBe("application/octet-stream");
    expect(
      await submit(uploadDocumentAction, w.actors.parent, { organizationId: w.kg.id, file: fake }),
    ).toMatchObject({
      message: "errors.forbidden",
    });
  });

  it("refused uploads write nothing: no file, too large, another organisation's folder, documents off", async () => {
    const docs = await db.document.count();
    const files = storedFiles().length;
    const admin = w.actors.regionAdmin;
    expect(
      await submit(uploadDocumentAction, admin, {
        organizationId: w.region.id,
        file: new File([], "empty.txt"),
      }),
    ).toMatchObject({ fieldErrors: { file: "validation.profile.fileRequired" } });
    const big = new File([new Uint8Array(MAX_ANY_UPLOAD_BYTES + 1)], "big.zip");
    expect(
      await submit(uploadDocumentAction, admin, { organizationId: w.region.id, file: big }),
    ).toMatchObject({
      fieldErrors: { file: "validation.profile.fileTooLarge" },
    });
    const theirs = await db.documentFolder.findFirstOrThrow({ where: { organizationId: w.kg.id } });
    expect(
      await submit(uploadDocumentAction, admin, {
        organizationId: w.region.id,
        folderId: theirs.id,
        file: new File(["%PDF-1.4"], "a.pdf"),
      }),
    ).toMatchObject({ fieldErrors: { folderId: "validation.chooseFromList" } });
    await settings(w.region.id, { featureDocuments: false });
    expect(
      await submit(uploadDocumentAction, admin, {
        organizationId: w.region.id,
        file: new File(["%PDF-1.4"], "a.pdf"),
      }),
    ).toMatchObject({ message: "errors.not_found" });
    expect(
      await submit(createFolderAction, admin, { organizationId: w.region.id, name: "Өшірулі кезде" }),
    ).toMatchObject({ message: "errors.not_found" });
    await settings(w.region.id, { featureDocuments: true });
    expect(await db.document.count()).toBe(docs);
    expect(storedFiles()).toHaveLength(files);
    expect(await auditOf("document.upload")).toHaveLength(2);
  });

  it("the download: an attachment that never runs, while the viewer sees the documents", async () => {
    const doc = await db.document.findFirstOrThrow({
      where: { organizationId: w.region.id },
      include: { file: true },
    });
    const get = (actor: Actor | null, slug: string, documentId = doc.id) => {
      state.actor = actor;
      return downloadDocument(new Request(`http://localhost/kk/org/${slug}/documents/${documentId}/file`), {
        params: Promise.resolve({ locale: "kk", slug, documentId }),
      });
    };
    const res = await get(null, w.region.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("Жоспар.docx")}`,
    );
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    // under another organisation's address, or unknown: 404
    expect((await get(null, w.kg.slug)).status).toBe(404);
    expect((await get(null, w.region.slug, "nope")).status).toBe(404);
    // the site off: members only; documents off: nobody
    await settings(w.region.id, { featureSite: false });
    expect((await get(null, w.region.slug)).status).toBe(404);
    expect((await get(w.actors.districtAdmin, w.region.slug)).status).toBe(404);
    expect((await get(w.actors.regionEmployee, w.region.slug)).status).toBe(200);
    await settings(w.region.id, { featureSite: true, featureDocuments: false });
    expect((await get(w.actors.regionAdmin, w.region.slug)).status).toBe(404);
    await settings(w.region.id, { featureDocuments: true });
    expect((await get(null, w.region.slug)).status).toBe(200);
  });

  it("an administrator deletes a document (its file goes too); others get not found and nothing changes", async () => {
    const doc = await db.document.findFirstOrThrow({
      where: { organizationId: w.region.id },
      include: { file: true },
    });
    const files = storedFiles().length;
    for (const a of [w.actors.regionEmployee, w.actors.kgDirector, w.actors.parent])
      expect(await submit(deleteDocumentAction, a, { documentId: doc.id })).toMatchObject({
        message: "errors.not_found",
      });
    expect(await db.document.count({ where: { id: doc.id } })).toBe(1);
    expect(await submit(deleteDocumentAction, w.actors.regionAdmin, { documentId: doc.id })).toMatchObject({
      ok: true,
      message: "profile.documents.deleted",
    });
    expect(await db.document.count({ where: { id: doc.id } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: doc.fileId } })).toBe(0);
    expect(storedFiles()).toHaveLength(files - 1);
    const [log] = await auditOf("document.delete");
    expect(log).toMatchObject({ entityId: doc.id, organizationId: w.region.id });
    expect(log!.before).toMatchObject({ title: "Жоспар.docx", file: { fileName: "Жоспар.docx" } });
  });
});

describe("the forum", () => {
  let topicId: string;

  it("topics: whoever reaches who-may-open-topics; the first post comes with it; audited", async () => {
    const fields = { organizationId: w.kg.id, title: "Күзгі мереке", body: "Ата-аналарды шақырамыз" };
    expect(await submit(createTopicAction, w.actors.parent, fields)).toMatchObject({
      message: "errors.forbidden",
    });
    expect(await submit(createTopicAction, w.actors.kgEducator, fields)).toMatchObject({
      ok: true,
      message: "profile.forum.topicCreated",
    });
    const topic = await db.forumTopic.findFirstOrThrow({
      where: { organizationId: w.kg.id },
      include: { posts: true },
    });
    topicId = topic.id;
    expect(topic.posts.map((p) => p.body)).toEqual(["Ата-аналарды шақырамыз"]);
    expect(await auditOf("forum_topic.create")).toHaveLength(1);
    await settings(w.kg.id, { forumTopicCreation: "REGISTERED" });
    expect(
      await submit(createTopicAction, w.actors.parent, { ...fields, title: "Ата-ана сұрағы" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await submit(createTopicAction, null, fields)).toMatchObject({
      message: "errors.unauthenticated",
    });
    await settings(w.kg.id, { forumTopicCreation: "MEMBERS" });
    expect(await submit(createTopicAction, w.actors.kgEducator, { ...fields, title: "" })).toMatchObject({
      fieldErrors: { title: "validation.required" },
    });
    expect(await db.forumTopic.count({ where: { organizationId: w.kg.id } })).toBe(2);
  });

  it("replies: anyone signed in who may read; never in a closed topic; nothing when refused", async () => {
    expect(await submit(replyAction, w.actors.parent, { topicId, body: "Рақмет!" })).toMatchObject({
      ok: true,
      message: "profile.forum.replied",
    });
    expect(
      await submit(replyAction, w.actors.otherKgDirector, { topicId, body: "Біз де келеміз" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await submit(replyAction, null, { topicId, body: "Аноним" })).toMatchObject({
      message: "errors.unauthenticated",
    });
    await settings(w.kg.id, { forumReadAccess: "MEMBERS" });
    expect(await submit(replyAction, w.actors.parent, { topicId, body: "Тағы" })).toMatchObject({
      message: "errors.forbidden",
    });
    await settings(w.kg.id, { forumReadAccess: "EVERYONE" });
    await db.forumTopic.update({ where: { id: topicId }, data: { closedAt: NOW } });
    expect(await submit(replyAction, w.actors.kgDirector, { topicId, body: "Жабық" })).toMatchObject({
      ok: false,
      message: "profile.forum.closedTopic",
    });
    await db.forumTopic.update({ where: { id: topicId }, data: { closedAt: null } });
    await settings(w.kg.id, { featureForum: false });
    expect(await submit(replyAction, w.actors.kgDirector, { topicId, body: "Өшірулі" })).toMatchObject({
      message: "errors.not_found",
    });
    expect(
      await submit(createTopicAction, w.actors.kgDirector, {
        organizationId: w.kg.id,
        title: "Т",
        body: "Б",
      }),
    ).toMatchObject({ message: "errors.not_found" });
    await settings(w.kg.id, { featureForum: true });
    expect(await db.forumPost.count({ where: { topicId } })).toBe(3);
    expect((await auditOf("forum_post.create")).map((a) => a.organizationId)).toEqual([w.kg.id, w.kg.id]);
  });

  it("moderators and administrators hide a post (kept, shown to them marked) and show it again", async () => {
    const post = await db.forumPost.findFirstOrThrow({ where: { topicId, body: "Біз де келеміз" } });
    for (const a of [
      w.actors.kgEducator,
      w.actors.parent,
      w.actors.regionModerator,
      w.actors.otherKgDirector,
    ])
      expect(await submit(hidePostAction, a, { postId: post.id, hidden: "1" })).toMatchObject({
        message: "errors.not_found",
      });
    expect(await submit(hidePostAction, w.actors.kgDirector, { postId: post.id, hidden: "1" })).toMatchObject(
      {
        ok: true,
        message: "profile.forum.hidden",
      },
    );
    expect(await db.forumPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      hiddenAt: expect.any(Date),
      hiddenById: w.people.kgDirector.person.id,
    });
    const pub = (await loadProfile(w.kg.slug, null))!;
    expect((await forumTopic(w.kg.id, topicId, pub.view))!.posts.map((p) => p.id)).not.toContain(post.id);
    const mod = (await loadProfile(w.kg.slug, w.actors.kgDirector))!;
    const shown = (await forumTopic(w.kg.id, topicId, mod.view))!.posts.find((p) => p.id === post.id);
    expect(shown?.hiddenAt).toBeInstanceOf(Date);
    // hiding again changes nothing
    await submit(hidePostAction, w.actors.kgDirector, { postId: post.id, hidden: "1" });
    expect(await auditOf("forum_post.hide")).toHaveLength(1);
    expect(await submit(hidePostAction, w.actors.kgDirector, { postId: post.id, hidden: "" })).toMatchObject({
      ok: true,
      message: "profile.forum.shown",
    });
    expect((await forumTopic(w.kg.id, topicId, pub.view))!.posts.map((p) => p.id)).toContain(post.id);
    expect((await auditOf("forum_post.unhide"))[0]).toMatchObject({
      entityId: post.id,
      organizationId: w.kg.id,
    });
  });

  it("a moderator who is not an administrator moderates their own organisation's forum", async () => {
    const topic = await db.forumTopic.create({
      data: {
        organizationId: w.region.id,
        title: "Аттестаттау",
        authorId: w.people.regionHead.person.id,
        posts: { create: { authorId: w.people.regionEmployee.person.id, body: "Сұрақ" } },
      },
      include: { posts: true },
    });
    expect(
      await submit(hidePostAction, w.actors.regionModerator, { postId: topic.posts[0]!.id, hidden: "1" }),
    ).toMatchObject({ ok: true });
    expect(
      await submit(hidePostAction, w.actors.regionEmployee, { postId: topic.posts[0]!.id, hidden: "" }),
    ).toMatchObject({ message: "errors.not_found" });
  });
});
