"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { refusing } from "@/lib/refusal";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireParent } from "./parent-access";
import { answerNoticeSchema, cancelPlannedSchema, planAbsenceSchema } from "./parent-schemas";
import { answerNotice } from "./parent-answer";
import { planAbsence } from "./parent-plan";
import { cancelPlannedAbsence } from "./parent-cancel";

const revalidate = () => {
  revalidatePath("/[locale]/cabinet/notices", "page");
  revalidatePath("/[locale]/cabinet", "page");
  revalidatePath("/[locale]/kindergarten/notices", "page");
};

// The signed-in parent, or a coded error (unauthenticated / forbidden for staff).
async function parentActor() {
  const actor = await getActor();
  requireParent(actor);
  return actor;
}

// The parent answers "why was the child absent" (or changes the answer until the kindergarten applies it).
export async function answerNoticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await parentActor();
      const parsed = answerNoticeSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await answerNotice(actor, parsed.data, await requestNow());
      revalidate();
      return { ok: true, message: "parentNotices.answered" };
    }),
  );
}

// The parent announces a planned absence of their child in advance.
export async function planAbsenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await parentActor();
      const parsed = planAbsenceSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await planAbsence(actor, parsed.data, await requestNow());
      revalidate();
      return { ok: true, message: "parentNotices.planned" };
    }),
  );
}

// The parent cancels an announced absence that hasn't started yet.
export async function cancelPlannedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await parentActor();
      const parsed = cancelPlannedSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return { ok: false, message: "errors.invalid_input" };
      await cancelPlannedAbsence(actor, parsed.data.noticeId, await requestNow());
      revalidate();
      return { ok: true, message: "parentNotices.cancelled" };
    }),
  );
}
