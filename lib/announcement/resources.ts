import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

// What the announcement actions and pages show the policy: the author organisation of an announcement,
// or — for reading — whether the actor is one of its stored recipients. Deleted ones are not found.

// The organisation an author writes for (from the form's hidden field): it must exist.
export async function authorOrgResource(organizationId: string): Promise<{ organizationId: string }> {
  const org = await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) throw new AppError("not_found");
  return { organizationId: org.id };
}

// The author organisation of a published, undeleted announcement.
export async function announcementResource(id: string): Promise<{ organizationId: string }> {
  const a = await prisma.announcement.findFirst({
    where: { id, deletedAt: null, publishedAt: { not: null } },
    select: { organizationId: true },
  });
  if (!a) throw new AppError("not_found");
  return a;
}

// The actor as a recipient of a published, undeleted announcement ({} — refused — when they are not one).
export async function recipientResource(id: string, actor: Actor | null): Promise<{ recipientId?: string }> {
  if (!actor) return {};
  const row = await prisma.announcementRecipient.findFirst({
    where: {
      announcementId: id,
      personId: actor.personId,
      announcement: { deletedAt: null, publishedAt: { not: null } },
    },
    select: { personId: true },
  });
  return row ? { recipientId: row.personId } : {};
}
