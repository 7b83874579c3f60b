"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { AppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/form-state";
import { applyNoticeAnswer } from "./apply-answer";

// Applies the parent's answer to the marks of the notice's days (educator of the group or administrator).
export async function applyNoticeAnswerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated");
    const count = await applyNoticeAnswer(actor, String(formData.get("noticeId") ?? ""), await requestNow());
    revalidatePath("/[locale]/kindergarten/notices", "page");
    return { ok: true, message: "staffNotices.applied", messageValues: { count } };
  });
}
