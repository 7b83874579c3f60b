import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { isYmd } from "@/lib/calendar/zone";

// "Bind a child to show the timesheet": the child's IIN.
export const bindSchema = z.object({ iin: iinSchema });

// Which sheet: a child's month at a kindergarten.
export const sheetRefSchema = z.object({
  childId: z.string().min(1),
  organizationId: z.string().min(1),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
});

// Step 2 of confirming by code: the hash of what was shown and the code from the SMS.
export const confirmCodeSchema = sheetRefSchema.extend({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "validation.code"),
});

// The parent's disagreement: a reason and optionally the days concerned.
export const disputeSchema = sheetRefSchema.extend({
  reason: z.string().trim().min(5, "validation.disputeReason").max(1000, "validation.tooLong"),
  days: z.array(z.string().refine(isYmd)).max(31).default([]),
});

// EDS confirmation, step 2: the hash of what was shown and the XML-DSig from NCALayer.
export const edsConfirmSchema = sheetRefSchema.extend({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedXml: z.string().min(100).max(200_000),
});
