import { z } from "zod";

// Inputs that many actions share (hidden fields of a form).

/** An id of a row from a hidden field. */
export const idField = z.string().trim().min(1, "validation.invalid").max(64, "validation.invalid");

/** "Archive" or "restore" a row: its id and archived=1 to archive (anything else restores). */
export const archiveSchema = z.object({
  id: idField,
  archived: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});
