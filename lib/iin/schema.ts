// Zod schema for an IIN field; error messages are translation keys the UI translates.
import { z } from "zod";
import { validateIin } from "./iin";

// Translation key for each IIN rejection reason.
export const IIN_ERROR_KEYS = {
  format: "validation.iin.format",
  checksum: "validation.iin.checksum",
  unusable: "validation.iin.unusable",
} as const;

// A string that is a valid IIN; the output is the normalised 12 digits (spaces removed).
export const iinSchema = z.string().transform((value, ctx) => {
  const r = validateIin(value);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: IIN_ERROR_KEYS[r.error] });
    return z.NEVER;
  }
  return r.iin;
});
