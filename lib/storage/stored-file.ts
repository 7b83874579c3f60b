import type { MessageKey } from "@/lib/action/message-key";
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/prisma";
import { prisma } from "@/lib/db/prisma";
import { fileStorage } from "./storage";
import { safeFileName, sniffDocumentType, uploadProblem } from "./upload-rules";
import { anyFileName, anyFileType, anyUploadProblem } from "./any-file-rules";

/** Bytes written to storage but not yet recorded: record them in a transaction, or discard them. */
export type PendingFile = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
};

export class UploadRefused extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

// Checks an upload (type by signature, size) and writes its bytes under a fresh key, before the
// transaction that records it; throws UploadRefused with a translation key for a bad file.
export async function stageUpload(bytes: Uint8Array, fileName: string, at: Date): Promise<PendingFile> {
  const problem = uploadProblem(bytes);
  if (problem) throw new UploadRefused(problem);
  const type = sniffDocumentType(bytes)!;
  const month = at.toISOString().slice(0, 7).replace("-", "/");
  const storageKey = `${month}/${randomUUID()}.${type.extension}`;
  await fileStorage().put(storageKey, bytes);
  return {
    storageKey,
    fileName: safeFileName(fileName, type.extension),
    mimeType: type.mimeType,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

// Like stageUpload, for a file of any format up to 20 MB (an organisation's documents: any-file-rules.ts).
export async function stageAnyUpload(bytes: Uint8Array, fileName: string, at: Date): Promise<PendingFile> {
  const problem = anyUploadProblem(bytes);
  if (problem) throw new UploadRefused(problem);
  const type = anyFileType(bytes, fileName);
  const month = at.toISOString().slice(0, 7).replace("-", "/");
  const storageKey = `${month}/${randomUUID()}.${type.extension}`;
  await fileStorage().put(storageKey, bytes);
  return {
    storageKey,
    fileName: anyFileName(fileName, type),
    mimeType: type.mimeType,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

// Records a staged file inside the caller's transaction.
export function recordStoredFile(tx: Tx, file: PendingFile) {
  return tx.storedFile.create({ data: file });
}

// Removes the bytes of a staged file whose transaction failed (best effort).
export async function discardStaged(file: PendingFile | null): Promise<void> {
  if (file)
    await fileStorage()
      .remove(file.storageKey)
      .catch(() => undefined);
}

// A stored file's record and bytes, or null.
export async function readStoredFile(id: string) {
  const row = await prisma.storedFile.findUnique({ where: { id } });
  if (!row) return null;
  const bytes = await fileStorage().get(row.storageKey);
  return bytes ? { row, bytes } : null;
}
