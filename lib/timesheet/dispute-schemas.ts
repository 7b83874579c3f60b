import { z } from "zod";

const disputeId = z.string().trim().min(1).max(64);
const text = (min: number, message: string) =>
  z.string().trim().min(min, message).max(1000, "validation.tooLong");

// The kindergarten accepts a dispute: what it checked and corrected.
export const acceptDisputeSchema = z.object({ disputeId, answer: text(2, "validation.required") });

// The kindergarten rejects a dispute: its reasons (required).
export const rejectDisputeSchema = z.object({
  disputeId,
  answer: text(5, "validation.disputeFlow.reasonsRequired"),
});

// The kindergarten reports the correction the officer asked for.
export const disputeCorrectedSchema = z.object({ disputeId });

// The parent takes the rejected dispute to the department: why the kindergarten's answer is wrong.
export const escalateDisputeSchema = z.object({
  disputeId,
  reason: text(5, "validation.disputeFlow.reasonsRequired"),
});

// The officer's decision: for whom, and the reasons.
export const decideDisputeSchema = z.object({
  disputeId,
  outcome: z.enum(["kindergarten", "parent"], { message: "validation.disputeFlow.chooseOutcome" }),
  decision: text(5, "validation.disputeFlow.reasonsRequired"),
});
