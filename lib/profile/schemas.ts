import { z } from "zod";
import { idField } from "@/lib/action/common-schemas";
import { MAX_ANY_UPLOAD_BYTES } from "@/lib/storage/any-file-rules";

// The inputs of the profile's actions (one schema per form; messages are translation keys).

const text = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

const optionalId = z
  .string()
  .trim()
  .max(64, "validation.invalid")
  .transform((v) => v || null);

export const wallPostSchema = z.object({ organizationId: idField, body: text(2000) });

export const folderSchema = z.object({
  organizationId: idField,
  name: text(120),
  parentId: optionalId.optional().transform((v) => v ?? null),
});

/** A chosen file, read into memory (refused before reading when larger than 20 MB). */
export type UploadedFile = { bytes: Uint8Array; fileName: string };

export const fileField = z
  .union([z.instanceof(File), z.null()])
  .refine((f) => !!f && f.size > 0, "validation.profile.fileRequired")
  .refine((f) => !f || f.size <= MAX_ANY_UPLOAD_BYTES, "validation.profile.fileTooLarge")
  .transform(async (f): Promise<UploadedFile> => ({
    bytes: new Uint8Array(await f!.arrayBuffer()),
    fileName: f!.name,
  }));

export const documentSchema = z.object({
  organizationId: idField,
  title: z.string().trim().max(200, "validation.tooLong"),
  folderId: optionalId.optional().transform((v) => v ?? null),
  file: fileField,
});
export type DocumentInput = z.output<typeof documentSchema>;

export const documentIdSchema = z.object({ documentId: idField });

export const topicSchema = z.object({ organizationId: idField, title: text(200), body: text(5000) });

export const replySchema = z.object({ topicId: idField, body: text(5000) });

export const hidePostSchema = z.object({
  postId: idField,
  hidden: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});
