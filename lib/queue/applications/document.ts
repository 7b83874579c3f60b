import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { isAuthorityMember } from "@/lib/auth/actor";
import { readStoredFile } from "@/lib/storage/stored-file";
import { orgPathOf } from "@/lib/auth/load-actor";

// The priority document of an application, for those who need it: the parent who applied or another
// representative of the child on record, or a member of an education authority over one of the chosen
// kindergartens. Anyone else (and a missing file) gets null — the route answers 404.
export async function priorityDocumentFor(actor: Actor | null, applicationId: string) {
  if (!actor) return null;
  const app = await prisma.queueApplication.findUnique({
    where: { id: applicationId },
    include: { choices: { select: { organizationId: true } } },
  });
  if (!app?.priorityDocumentId) return null;
  const parent =
    actor.audience === "parent" &&
    (app.applicantId === actor.personId || actor.representedChildIds.includes(app.childId));
  let authority = false;
  if (!parent && actor.memberships.some(isAuthorityMember)) {
    for (const c of app.choices) {
      if (can(actor, "report.read", { orgPath: await orgPathOf(c.organizationId) })) authority = true;
    }
  }
  if (!parent && !authority) return null;
  return readStoredFile(app.priorityDocumentId);
}
