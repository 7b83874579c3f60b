import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { AccessLevel } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { profileSettingsById } from "./org";
import { requiredLevel, type Gate, type ProfileSettings } from "./visibility";

// What the profile's actions act on, for the policy: the organisation and, where a setting decides who
// may, the level it asks (lib/profile/visibility.ts requiredLevel). An unknown or archived organisation,
// a forum or documents switched off, and an id of another organisation are "not found".

/** An organisation of a profile, with the level its settings ask for the action (when one does). */
export type ProfileResource = { organizationId: string; accessLevel?: AccessLevel };

async function settingsOrNotFound(organizationId: string): Promise<ProfileSettings> {
  const settings = await profileSettingsById(organizationId);
  if (!settings) throw new AppError("not_found");
  return settings;
}

// The organisation (for the wall, and what needs no setting).
export async function orgResource(organizationId: string): Promise<ProfileResource> {
  await settingsOrNotFound(organizationId);
  return { organizationId };
}

// The organisation with the level a gate asks; not found while the gate's feature is off.
export async function gatedResource(organizationId: string, gate: Gate): Promise<ProfileResource> {
  const accessLevel = requiredLevel(await settingsOrNotFound(organizationId), gate);
  if (!accessLevel) throw new AppError("not_found");
  return { organizationId, accessLevel };
}

// A forum topic's organisation, with the forum's reading level (replying needs it).
export async function topicResource(topicId: string): Promise<ProfileResource> {
  const topic = await prisma.forumTopic.findUnique({
    where: { id: topicId },
    select: { organizationId: true },
  });
  if (!topic) throw new AppError("not_found");
  return gatedResource(topic.organizationId, "forum.read");
}

// A forum post's organisation (moderating needs the forum on).
export async function postResource(postId: string): Promise<ProfileResource> {
  const post = await prisma.forumPost.findUnique({
    where: { id: postId },
    select: { topic: { select: { organizationId: true } } },
  });
  if (!post) throw new AppError("not_found");
  const { organizationId } = await gatedResource(post.topic.organizationId, "forum.read");
  return { organizationId };
}

// A document's organisation (managing documents needs the documents on).
export async function documentResource(documentId: string): Promise<ProfileResource> {
  const doc = await prisma.document.findUnique({
    where: { id: documentId },
    select: { organizationId: true },
  });
  if (!doc) throw new AppError("not_found");
  const { organizationId } = await gatedResource(doc.organizationId, "documents.read");
  return { organizationId };
}
