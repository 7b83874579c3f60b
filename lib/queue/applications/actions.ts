"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/policy";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { Refusal, refusing } from "@/lib/refusal";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/upload-rules";
import { requireQueueAuthority } from "@/lib/queue/blocking/authority-guard";
import { applicationIdSchema, applySchema, priorityReviewSchema } from "./schemas";
import { applyToQueue, type UploadedDocument } from "./apply";
import { withdrawApplication } from "./withdraw";
import { reviewPriority } from "./priority-review";

const revalidate = () => {
  revalidatePath("/[locale]/cabinet/queue", "layout");
  revalidatePath("/[locale]/cabinet", "page");
};

// The signed-in parent, or a coded error (unauthenticated; forbidden for staff).
async function parentActor() {
  const actor = await getActor();
  authorize(actor, "cabinet.use");
  return actor;
}

// The uploaded document of the form, or null when none was chosen (too large: refused before reading).
async function documentOf(formData: FormData): Promise<UploadedDocument> {
  const file = formData.get("document");
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > MAX_UPLOAD_BYTES) throw new Refusal("validation.upload.tooLarge", "document");
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}

// "Register in the queue": the child, the kindergartens, language, priority with its document, phone.
export async function applyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await parentActor();
      const parsed = applySchema.safeParse(
        Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")),
      );
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      const app = await applyToQueue(actor, parsed.data, await documentOf(formData), await requestNow());
      revalidate();
      return { ok: true, message: "queueApply.saved", messageValues: { number: app.number } };
    }),
  );
}

// The parent takes a waiting application out of the queue.
export async function withdrawApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const actor = await parentActor();
      const parsed = applicationIdSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success || formData.get("confirm") !== "on")
        return { ok: false, fieldErrors: { confirm: "validation.queue.confirmWithdraw" } };
      await withdrawApplication(actor, parsed.data.applicationId, await requestNow());
      revalidate();
      return { ok: true, message: "queueMy.withdrawn" };
    }),
  );
}

// The authority administrator confirms or rejects a claimed priority category.
export async function reviewPriorityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireQueueAuthority();
      const parsed = priorityReviewSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await reviewPriority(ctx, parsed.data, await requestNow());
      revalidatePath("/[locale]/authority/cabinet-blocks", "page");
      return {
        ok: true,
        message: parsed.data.decision === "confirm" ? "queueAuthority.confirmed" : "queueAuthority.rejected",
      };
    }),
  );
}
