"use server";
import { z } from "zod";
import { formAction } from "@/lib/action/define-action";
import { referralChild } from "@/lib/action/resources";
import { decideReferral } from "./decide";

const decisionSchema = z
  .object({
    referralId: z.string().trim().min(1).max(64),
    decision: z.enum(["accept", "refuse_place", "refuse_voucher"]),
    confirm: z.string().optional(),
  })
  .refine((d) => d.decision !== "refuse_voucher" || d.confirm === "on", {
    path: ["confirm"],
    message: "validation.queue.confirmRefuseVoucher",
  });

const MESSAGES = {
  accept: "queueReferral.accepted",
  refuse_place: "queueReferral.refusedPlace",
  refuse_voucher: "queueReferral.refusedVoucher",
} as const;

// The parent accepts the referral, refuses this place (stays in the queue) or refuses the voucher
// (leaves the queue; needs the confirmation tick).
export const decideReferralAction = formAction({
  name: "referral.decide",
  permission: "referral.decide",
  schema: decisionSchema,
  refusedAs: "not_found",
  resource: (input) => referralChild(input.referralId),
  run: async ({ actor, input, now }) => {
    await decideReferral(actor, input.referralId, input.decision, now);
    return { message: MESSAGES[input.decision] };
  },
  revalidate: [
    ["/[locale]/cabinet/queue", "layout"],
    ["/[locale]/cabinet", "page"],
  ],
});
