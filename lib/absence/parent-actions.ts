"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { noticeResource } from "@/lib/action/resources";
import { answerNoticeSchema, cancelPlannedSchema, planAbsenceSchema } from "./parent-schemas";
import { answerNotice } from "./parent-answer";
import { planAbsence } from "./parent-plan";
import { cancelPlannedAbsence } from "./parent-cancel";

const revalidate: Revalidation[] = [
  ["/[locale]/cabinet/notices", "page"],
  ["/[locale]/cabinet", "page"],
  ["/[locale]/kindergarten/notices", "page"],
];
// A notice about another family's child is simply "not found".
const ofNotice = async (input: { noticeId: string }) => ({
  childId: (await noticeResource(input.noticeId)).childId,
});

// The parent answers "why was the child absent" (or changes the answer until the kindergarten applies it).
export const answerNoticeAction = formAction({
  name: "absence.answer",
  permission: "absence.answer",
  schema: answerNoticeSchema,
  refusedAs: "not_found",
  resource: ofNotice,
  run: async ({ actor, input, now }) => {
    await answerNotice(actor, input, now);
    return { message: "parentNotices.answered" };
  },
  revalidate,
});

// The parent announces a planned absence of their child in advance.
export const planAbsenceAction = formAction({
  name: "absence.plan",
  permission: "absence.plan",
  schema: planAbsenceSchema,
  refusedAs: "not_found",
  resource: (input) => ({ childId: input.childId }),
  run: async ({ actor, input, now }) => {
    await planAbsence(actor, input, now);
    return { message: "parentNotices.planned" };
  },
  revalidate,
});

// The parent cancels an announced absence that hasn't started yet.
export const cancelPlannedAction = formAction({
  name: "absence.cancel",
  permission: "absence.plan",
  schema: cancelPlannedSchema,
  invalidAs: "errors.invalid_input",
  refusedAs: "not_found",
  resource: ofNotice,
  run: async ({ actor, input, now }) => {
    await cancelPlannedAbsence(actor, input.noticeId, now);
    return { message: "parentNotices.cancelled" };
  },
  revalidate,
});
