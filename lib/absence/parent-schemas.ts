import { z } from "zod";
import { isYmd } from "@/lib/calendar/zone";
import { COMMENT_MAX, PARENT_REASONS } from "./parent-rules";

const reason = z.enum(PARENT_REASONS, { message: "validation.absence.reason" });
const comment = z
  .string()
  .trim()
  .max(COMMENT_MAX, "validation.tooLong")
  .optional()
  .transform((s) => s || null);
const day = z
  .string({ message: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .refine(isYmd, "validation.date");
const id = z.string({ message: "validation.required" }).trim().min(1, "validation.required");

// "Other reason" means nothing without a word of explanation.
function otherNeedsComment(v: { reason: string; comment: string | null }, ctx: z.RefinementCtx) {
  if (v.reason === "OTHER" && !v.comment)
    ctx.addIssue({ code: "custom", message: "validation.absence.commentForOther", path: ["comment"] });
}

// The parent's answer to "why was the child absent": a reason from the parent's list and an optional comment.
export const answerNoticeSchema = z.object({ noticeId: id, reason, comment }).superRefine(otherNeedsComment);

// A planned absence announced in advance: the child, the first and last day, the reason, a comment.
// Today and the 90-day limit need the kindergarten's date, so the operation checks those.
export const planAbsenceSchema = z
  .object({
    childId: z.string({ message: "validation.absence.child" }).trim().min(1, "validation.absence.child"),
    dateFrom: day,
    dateTo: day,
    reason,
    comment,
  })
  .superRefine((v, ctx) => {
    otherNeedsComment(v, ctx);
    if (v.dateTo < v.dateFrom)
      ctx.addIssue({ code: "custom", message: "validation.absence.order", path: ["dateTo"] });
  });

// Cancelling an announced absence: which one.
export const cancelPlannedSchema = z.object({ noticeId: id });

export type AnswerNoticeInput = z.infer<typeof answerNoticeSchema>;
export type PlanAbsenceInput = z.infer<typeof planAbsenceSchema>;
