import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { phoneSchema } from "@/lib/auth/schemas";
import { isYmd } from "@/lib/calendar/zone";
import { RELATIONS } from "@/lib/kindergarten/contingent/schemas";

/** Priority categories a parent may claim (NONE = general queue). */
export const PRIORITIES = [
  "NONE",
  "OUT_OF_TURN",
  "DISABLED_PARENT",
  "ORPHAN",
  "LARGE_FAMILY",
  "SPECIAL_NEEDS",
] as const;
export const LANGUAGES = ["KK", "RU", "MIXED"] as const;
/** At most this many kindergartens, in order of preference. */
export const MAX_CHOICES = 3;

const name = z
  .string({ message: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .max(100, "validation.tooLong");
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

// The application form: the child (IIN, names, birth date), who the applicant is to the child, the
// district and 1–3 of its kindergartens in order, the group language, the priority category, the
// contact phone, and whether the family wants a voucher. The document is checked separately (a file).
export const applySchema = z
  .object({
    childIin: iinSchema,
    childLastName: name,
    childFirstName: name,
    childMiddleName: z
      .string()
      .trim()
      .max(100, "validation.tooLong")
      .optional()
      .transform((v) => v || undefined),
    childBirthDate: z.string({ message: "validation.date" }).trim().refine(isYmd, "validation.date"),
    relation: z.enum(RELATIONS, { message: "validation.chooseFromList" }),
    territoryId: z
      .string({ message: "validation.queue.district" })
      .trim()
      .min(1, "validation.queue.district"),
    choice1: z
      .string({ message: "validation.queue.choiceRequired" })
      .trim()
      .min(1, "validation.queue.choiceRequired"),
    choice2: optionalId,
    choice3: optionalId,
    language: z.enum(LANGUAGES, { message: "validation.chooseFromList" }),
    priority: z.enum(PRIORITIES, { message: "validation.chooseFromList" }),
    phone: phoneSchema,
    wantsVoucher: checkbox,
  })
  .superRefine((v, ctx) => {
    const picked = [v.choice1, v.choice2, v.choice3];
    if (!v.choice2 && v.choice3)
      ctx.addIssue({ code: "custom", message: "validation.queue.choiceGap", path: ["choice2"] });
    picked.forEach((c, i) => {
      if (c && picked.slice(0, i).includes(c))
        ctx.addIssue({ code: "custom", message: "validation.queue.choiceTwice", path: [`choice${i + 1}`] });
    });
  });

export type ApplyInput = z.infer<typeof applySchema>;

// The chosen kindergartens in order of preference.
export function choicesOf(input: Pick<ApplyInput, "choice1" | "choice2" | "choice3">): string[] {
  return [input.choice1, input.choice2, input.choice3].filter((c): c is string => !!c);
}

// Which application (withdrawing it, reviewing its priority document).
export const applicationIdSchema = z.object({
  applicationId: z.string().trim().min(1, "validation.required").max(64),
});

// The authority's decision on an application's document (a priority category's, or the one that makes
// the applicant the child's representative): confirm, or reject with a reason.
export const reviewDecisionSchema = z
  .object({
    applicationId: z.string().trim().min(1, "validation.required").max(64),
    decision: z.enum(["confirm", "reject"], { message: "validation.chooseFromList" }),
    reason: z
      .string()
      .trim()
      .max(500, "validation.tooLong")
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && (!v.reason || v.reason.length < 5))
      ctx.addIssue({ code: "custom", message: "validation.queue.rejectReason", path: ["reason"] });
  });
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;
