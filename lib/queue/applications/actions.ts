"use server";
import { z } from "zod";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { applicationChild, ownAuthorityResource, applicationWithAuthorities } from "@/lib/action/resources";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/upload-rules";
import { applicationIdSchema, applySchema, reviewDecisionSchema } from "./schemas";
import { applyToQueue, type UploadedDocument } from "./apply";
import { withdrawApplication } from "./withdraw";
import { reviewPriority } from "./priority-review";

const revalidate: Revalidation[] = [
  ["/[locale]/cabinet/queue", "layout"],
  ["/[locale]/cabinet", "page"],
];

// The uploaded priority document, or null when none was chosen (too large: refused before reading it).
const documentField = z
  .union([z.instanceof(File), z.null()])
  .refine((f) => !f || f.size <= MAX_UPLOAD_BYTES, "validation.upload.tooLarge")
  .transform(async (f): Promise<UploadedDocument> =>
    f && f.size > 0 ? { bytes: new Uint8Array(await f.arrayBuffer()), fileName: f.name } : null,
  );

const textFields = (formData: FormData) =>
  Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));

// "Register in the queue": the child, the kindergartens, language, priority with its document, phone.
export const applyAction = formAction({
  name: "queue.apply",
  permission: "queue.apply",
  schema: z.intersection(
    applySchema,
    z.object({ document: documentField, representativeDocument: documentField }),
  ),
  input: (formData) => ({
    ...textFields(formData),
    document: formData.get("document"),
    representativeDocument: formData.get("representativeDocument"),
  }),
  run: async ({ actor, input, now }) => {
    const documents = { priority: input.document, representative: input.representativeDocument };
    const app = await applyToQueue(actor, input, documents, now);
    return { message: "queueApply.saved", messageValues: { number: app.number } };
  },
  revalidate,
});

// The parent takes a waiting application out of the queue (after the confirmation tick).
export const withdrawApplicationAction = formAction({
  name: "queue.withdraw",
  permission: "queue.withdraw",
  schema: applicationIdSchema.extend({
    confirm: z.literal("on", { message: "validation.queue.confirmWithdraw" }),
  }),
  refusedAs: "not_found",
  resource: (input) => applicationChild(input.applicationId),
  run: async ({ actor, input, now }) => {
    await withdrawApplication(actor, input.applicationId, now);
    return { message: "queueMy.withdrawn" };
  },
  revalidate,
});

// The authority administrator confirms or rejects a claimed priority category.
export const reviewPriorityAction = formAction({
  name: "queue.review_priority",
  permission: "queue.review_priority",
  schema: reviewDecisionSchema,
  resource: async (input, actor) => ({
    ...ownAuthorityResource(actor),
    orgPath: (await applicationWithAuthorities(input.applicationId)).orgPath,
  }),
  run: async ({ actor, input, resource, now }) => {
    await reviewPriority({ actor, organizationId: resource.organizationId }, input, now);
    return { message: input.decision === "confirm" ? "queueAuthority.confirmed" : "queueAuthority.rejected" };
  },
  revalidate: [["/[locale]/authority/cabinet-blocks", "page"]],
});
