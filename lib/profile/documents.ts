import "server-only";
import { prisma } from "@/lib/db/prisma";
import { readStoredFile } from "@/lib/storage/stored-file";

// The Documents tab (SPEC §3.1): the folder tree on the left, the files of the chosen folder (the
// top level when none is chosen), each downloadable. Reading them is public while the view shows them
// (lib/profile/visibility.ts); the pages and the download route ask that first.

export type FolderNode = { id: string; name: string; count: number; children: FolderNode[] };

// The organisation's folders as a tree, each with the number of its own documents.
export async function folderTree(organizationId: string): Promise<FolderNode[]> {
  const [folders, counts] = await Promise.all([
    prisma.documentFolder.findMany({
      where: { organizationId },
      select: { id: true, name: true, parentId: true },
      orderBy: { name: "asc" },
    }),
    prisma.document.groupBy({
      by: ["folderId"],
      where: { organizationId, folderId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const count = new Map(counts.map((c) => [c.folderId, c._count._all]));
  const ids = new Set(folders.map((f) => f.id));
  const build = (parentId: string | null, depth: number): FolderNode[] =>
    depth > 8
      ? []
      : folders
          .filter((f) => (parentId ? f.parentId === parentId : !f.parentId || !ids.has(f.parentId)))
          .map((f) => ({
            id: f.id,
            name: f.name,
            count: count.get(f.id) ?? 0,
            children: build(f.id, depth + 1),
          }));
  return build(null, 0);
}

// The folders of a tree, flattened with their depth (for a select).
export function flattenFolders(
  nodes: FolderNode[],
  depth = 0,
): { id: string; name: string; depth: number }[] {
  return nodes.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flattenFolders(n.children, depth + 1)]);
}

/** Documents a page of a folder shows, newest first. */
export const DOCUMENTS_PAGE = 50;

// The documents of one folder of the organisation (null: all its documents), newest first; null when the
// folder is not the organisation's.
export async function folderDocuments(organizationId: string, folderId: string | null, page = 1) {
  const folder = folderId
    ? await prisma.documentFolder.findFirst({
        where: { id: folderId, organizationId },
        select: { id: true, name: true, parentId: true },
      })
    : null;
  if (folderId && !folder) return null;
  const where = { organizationId, ...(folderId ? { folderId } : {}) };
  const [documents, total] = await Promise.all([
    prisma.document.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * DOCUMENTS_PAGE,
      take: DOCUMENTS_PAGE,
      select: {
        id: true,
        title: true,
        createdAt: true,
        file: { select: { fileName: true, size: true, mimeType: true } },
        uploadedBy: { select: { lastName: true, firstName: true } },
        folder: { select: { name: true } },
      },
    }),
    prisma.document.count({ where }),
  ]);
  return { folder, documents, total };
}

// A document's record and bytes, when it belongs to the organisation.
export async function documentFile(organizationId: string, documentId: string) {
  const doc = await prisma.document.findFirst({
    where: { id: documentId, organizationId },
    select: { fileId: true },
  });
  return doc ? readStoredFile(doc.fileId) : null;
}
