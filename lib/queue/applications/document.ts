import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { readStoredFile } from "@/lib/storage/stored-file";
import { applicationWithAuthorities } from "@/lib/action/resources";
import { AppError } from "@/lib/errors/app-error";

/** Which of an application's documents: the priority category's, or the one that makes the applicant the representative. */
export type ApplicationDocumentKind = "priority" | "representative";

// One of an application's documents, for those the policy lets read it ("queue.document.read": the
// applicant or a representative of the child, or an education authority over a chosen kindergarten).
// Anyone else, an unknown application and a missing file get null — the route answers 404.
export async function applicationDocumentFor(
  actor: Actor | null,
  applicationId: string,
  kind: ApplicationDocumentKind,
) {
  if (!actor) return null;
  const resource = await applicationWithAuthorities(applicationId).catch((e) => {
    if (e instanceof AppError) return null;
    throw e;
  });
  if (!resource || !can(actor, "queue.document.read", resource)) return null;
  const fileId =
    kind === "priority"
      ? (await prisma.queueApplication.findUnique({ where: { id: applicationId } }))?.priorityDocumentId
      : (
          await prisma.legalRepresentative.findUnique({
            where: {
              childId_representativeId: { childId: resource.childId, representativeId: resource.applicantId },
            },
          })
        )?.documentId;
  return fileId ? readStoredFile(fileId) : null;
}

// The priority document of an application (see applicationDocumentFor).
export function priorityDocumentFor(actor: Actor | null, applicationId: string) {
  return applicationDocumentFor(actor, applicationId, "priority");
}
