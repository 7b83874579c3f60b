"use server";
import { z } from "zod";
import { formAction } from "@/lib/action/define-action";
import { idField } from "@/lib/action/common-schemas";
import { noticeResource } from "@/lib/action/resources";
import { applyNoticeAnswer } from "./apply-answer";

// Applies the parent's answer to the marks of the notice's days (educator of the group or administrator).
export const applyNoticeAnswerAction = formAction({
  name: "absence.apply_answer",
  permission: "absence.apply_answer",
  schema: z.object({ noticeId: idField }),
  invalidAs: "errors.invalid_input",
  resource: (input) => noticeResource(input.noticeId),
  run: async ({ actor, input, now }) => {
    const count = await applyNoticeAnswer(actor, input.noticeId, now);
    return { message: "staffNotices.applied", messageValues: { count } };
  },
  revalidate: [["/[locale]/kindergarten/notices", "page"]],
});
