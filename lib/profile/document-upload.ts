import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import {
  discardStaged,
  recordStoredFile,
  stageAnyUpload,
  UploadRefused,
  type PendingFile,
} from "@/lib/storage/stored-file";
import { gatedResource } from "./resources";
import type { UploadedFile } from "./schemas";

// Whoever the documents' who-may-upload setting names puts a file of any format (up to 20 MB) into the
// organisation's documents, at the top or in one of its folders. The bytes are written first and
// recorded with the document in one transaction; a refusal or a failure removes them again.
export async function uploadDocument(
  actor: Actor,
  input: { organizationId: string; title: string; folderId: string | null; file: UploadedFile },
  now: Date,
) {
  const resource = await gatedResource(input.organizationId, "documents.upload");
  authorize(actor, "profile.documents.upload", resource);
  const organizationId = resource.organizationId;
  if (input.folderId) {
    const folder = await prisma.documentFolder.findFirst({ where: { id: input.folderId, organizationId } });
    if (!folder) throw new Refusal("validation.chooseFromList", "folderId");
  }
  let staged: PendingFile | null = null;
  try {
    try {
      staged = await stageAnyUpload(input.file.bytes, input.file.fileName, now);
    } catch (e) {
      if (e instanceof UploadRefused) throw new Refusal(e.key, "file");
      throw e;
    }
    const pending = staged;
    return await prisma.$transaction(async (tx) => {
      const file = await recordStoredFile(tx, pending);
      const doc = await tx.document.create({
        data: {
          organizationId,
          folderId: input.folderId,
          title: input.title || file.fileName,
          fileId: file.id,
          uploadedById: actor.personId,
          createdAt: now,
        },
      });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "document.upload",
        entityType: "Document",
        entityId: doc.id,
        organizationId,
        after: {
          ...doc,
          fileName: file.fileName,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
        },
      });
      return doc;
    });
  } catch (e) {
    await discardStaged(staged);
    throw e;
  }
}
