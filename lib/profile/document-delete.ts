import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { fileStorage } from "@/lib/storage/storage";
import { documentResource } from "./resources";

// An administrator of the organisation deletes one of its documents: the record and its file go in one
// transaction (the audit keeps what it was); the bytes are removed after the commit.
export async function deleteDocument(actor: Actor, documentId: string) {
  const resource = await documentResource(documentId);
  authorize(actor, "profile.documents.manage", resource);
  const removed = await prisma.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: documentId, organizationId: resource.organizationId },
      include: { file: true },
    });
    if (!doc) throw new AppError("not_found");
    await tx.document.delete({ where: { id: doc.id } });
    await tx.storedFile.delete({ where: { id: doc.fileId } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "document.delete",
      entityType: "Document",
      entityId: doc.id,
      organizationId: doc.organizationId,
      before: { ...doc, file: { fileName: doc.file.fileName, size: doc.file.size, sha256: doc.file.sha256 } },
    });
    return doc;
  });
  await fileStorage()
    .remove(removed.file.storageKey)
    .catch(() => undefined);
  return removed;
}
