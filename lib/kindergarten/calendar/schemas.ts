import { z } from "zod";
import { isYmd } from "@/lib/calendar/zone";
import { schoolYearProblems } from "./rules";

// A required date field ("YYYY-MM-DD" from a date input).
const ymd = z
  .string({ message: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .refine(isYmd, "validation.date");
// An optional date field ("" → null).
const optionalYmd = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || null)
  .refine((s) => s === null || isYmd(s), "validation.date");

// A school year with its optional summer period; the date rules live in rules.ts.
export const schoolYearSchema = z
  .object({
    id: z.string().optional(),
    startsOn: ymd,
    endsOn: ymd,
    summerStartsOn: optionalYmd,
    summerEndsOn: optionalYmd,
  })
  .superRefine((y, ctx) => {
    // (a field that is not a date already has its own issue)
    for (const p of schoolYearProblems(y))
      if (p.key !== "validation.date") ctx.addIssue({ code: "custom", path: [p.field], message: p.key });
  });

// A closure day of the kindergarten (repairs, quarantine…) and its reason.
export const closureSchema = z.object({
  date: ymd,
  reason: z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
});

export type SchoolYearInput = z.infer<typeof schoolYearSchema>;
export type ClosureInput = z.infer<typeof closureSchema>;
