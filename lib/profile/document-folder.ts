import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { gatedResource } from "./resources";

// An administrator of the organisation creates a documents folder, at the top or inside one of its
// folders (a folder of another organisation is refused; names are unique among siblings).
export async function createDocumentFolder(
  actor: Actor,
  input: { organizationId: string; name: string; parentId: string | null },
) {
  const resource = await gatedResource(input.organizationId, "documents.read");
  authorize(actor, "profile.documents.manage", resource);
  const organizationId = resource.organizationId;
  return prisma.$transaction(async (tx) => {
    if (input.parentId) {
      const parent = await tx.documentFolder.findFirst({ where: { id: input.parentId, organizationId } });
      if (!parent) throw new Refusal("validation.chooseFromList", "parentId");
    }
    const twin = await tx.documentFolder.findFirst({
      where: { organizationId, parentId: input.parentId, name: { equals: input.name, mode: "insensitive" } },
    });
    if (twin) throw new Refusal("validation.profile.folderExists", "name");
    const folder = await tx.documentFolder.create({
      data: { organizationId, name: input.name, parentId: input.parentId },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "document_folder.create",
      entityType: "DocumentFolder",
      entityId: folder.id,
      organizationId,
      after: folder,
    });
    return folder;
  });
}
