"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { refusing } from "@/lib/refusal";
import type { FormState } from "@/lib/form-state";
import { decideReferral } from "./decide";

const decisionSchema = z.object({
  referralId: z.string().trim().min(1).max(64),
  decision: z.enum(["accept", "refuse_place", "refuse_voucher"]),
});

const MESSAGES = {
  accept: "queueReferral.accepted",
  refuse_place: "queueReferral.refusedPlace",
  refuse_voucher: "queueReferral.refusedVoucher",
} as const;

// The parent accepts the referral, refuses this place (stays in the queue) or refuses the voucher
// (leaves the queue; needs the confirmation tick).
export async function decideReferralAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await getActor();
      authorize(actor, "cabinet.use");
      const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return { ok: false, message: "errors.invalid_input" };
      if (parsed.data.decision === "refuse_voucher" && formData.get("confirm") !== "on") {
        return { ok: false, fieldErrors: { confirm: "validation.queue.confirmRefuseVoucher" } };
      }
      await decideReferral(actor, parsed.data.referralId, parsed.data.decision, await requestNow());
      revalidatePath("/[locale]/cabinet/queue", "layout");
      revalidatePath("/[locale]/cabinet", "page");
      return { ok: true, message: MESSAGES[parsed.data.decision] };
    }),
  );
}
