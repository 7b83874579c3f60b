import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { fileStorage } from "@/lib/storage/storage";
import {
  discardStaged,
  readStoredFile,
  recordStoredFile,
  stageUpload,
  type PendingFile,
} from "@/lib/storage/stored-file";
import { lockedSettings } from "./org";
import { logoPng } from "./logo-image";

type LogoRow = {
  id: string;
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
};
const described = (f: LogoRow | null) =>
  f ? { logoFileId: f.id, mimeType: f.mimeType, size: f.size, sha256: f.sha256 } : { logoFileId: null };

// Removes a replaced logo's bytes once the change is committed (best effort: a leftover file is harmless).
const dropBytes = (file: LogoRow | null) =>
  file
    ? fileStorage()
        .remove(file.storageKey)
        .catch(() => undefined)
    : Promise.resolve();

// Sets the organisation's logo from an uploaded JPEG or PNG (logo-image.ts makes the 150×150 PNG, refusing
// anything else). The new bytes are staged before the transaction that records them; the old logo's row
// goes in the same transaction and its bytes after it commits. Administrators only; audited.
export async function uploadLogo(actor: Actor, organizationId: string, bytes: Uint8Array, now: Date) {
  authorize(actor, "org.administer", { organizationId });
  const png = await logoPng(bytes);
  let staged: PendingFile | null = null;
  try {
    staged = await stageUpload(new Uint8Array(png), "logo.png", now);
    const pending = staged;
    const old = await prisma.$transaction(async (tx) => {
      const settings = await lockedSettings(tx, organizationId);
      const previous = settings.logoFileId
        ? await tx.storedFile.findUnique({ where: { id: settings.logoFileId } })
        : null;
      const file = await recordStoredFile(tx, pending);
      await tx.organizationSettings.update({ where: { organizationId }, data: { logoFileId: file.id } });
      if (previous) await tx.storedFile.delete({ where: { id: previous.id } });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "org.logo_upload",
        entityType: "OrganizationSettings",
        entityId: organizationId,
        organizationId,
        before: described(previous),
        after: described(file),
      });
      return previous;
    });
    await dropBytes(old);
  } catch (e) {
    await discardStaged(staged);
    throw e;
  }
}

// Removes the organisation's logo (its row now, its bytes after the commit); false when it had none.
export async function removeLogo(actor: Actor, organizationId: string): Promise<boolean> {
  authorize(actor, "org.administer", { organizationId });
  const old = await prisma.$transaction(async (tx) => {
    const settings = await lockedSettings(tx, organizationId);
    if (!settings.logoFileId) return null;
    const previous = await tx.storedFile.findUniqueOrThrow({ where: { id: settings.logoFileId } });
    await tx.organizationSettings.update({ where: { organizationId }, data: { logoFileId: null } });
    await tx.storedFile.delete({ where: { id: previous.id } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.logo_remove",
      entityType: "OrganizationSettings",
      entityId: organizationId,
      organizationId,
      before: described(previous),
      after: described(null),
    });
    return previous;
  });
  await dropBytes(old);
  return !!old;
}

// The logo of an organisation by its slug (record and bytes), or null without one.
export async function logoBySlug(slug: string) {
  const org = await prisma.organization.findFirst({
    where: { slug, archivedAt: null },
    select: { settings: { select: { logoFileId: true } } },
  });
  const id = org?.settings?.logoFileId;
  return id ? readStoredFile(id) : null;
}
