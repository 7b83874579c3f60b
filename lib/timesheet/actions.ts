"use server";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { formAction, jsonAction, type Revalidation } from "@/lib/action/define-action";
import { disputeResource, ownAuthorityResource } from "@/lib/action/resources";
import { orgPathOf } from "@/lib/auth/load-actor";
import { bindChild, unbindChild } from "./binding";
import { confirmWithCode, requestConfirmationCode } from "./confirm";
import { disputeTimesheet } from "./dispute";
import {
  acceptDispute,
  decideDispute,
  escalateDispute,
  rejectDispute,
  reportDisputeCorrected,
} from "./dispute-steps";
import {
  acceptDisputeSchema,
  decideDisputeSchema,
  disputeCorrectedSchema,
  escalateDisputeSchema,
  rejectDisputeSchema,
} from "./dispute-schemas";
import { bindSchema, confirmCodeSchema, disputeSchema, edsConfirmSchema, sheetRefSchema } from "./schemas";
import { confirmWithEds, edsDocumentToSign } from "./confirm-eds";

const revalidate: Revalidation[] = [["/[locale]/cabinet/timesheet", "page"]];
// A parent acts on a child's sheet only as its representative; any other child is "not found".
const ofChild = (input: { childId: string }) => ({ childId: input.childId });

// Binds a child to the cabinet by the child's IIN (legal representatives on record only).
export const bindChildAction = formAction({
  name: "timesheet.bind_child",
  permission: "child.bind",
  schema: bindSchema,
  run: async ({ actor, input, now }) => {
    const binding = await bindChild(actor, input.iin, now);
    return { message: "timesheet.bound", values: { childId: binding.childId } };
  },
  revalidate,
});

// Removes a child from the cabinet's timesheet list.
export const unbindChildAction = formAction({
  name: "timesheet.unbind_child",
  permission: "child.unbind",
  schema: z.object({ childId: z.string().trim().min(1).max(64) }),
  invalidAs: "errors.invalid_input",
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    await unbindChild(actor, input.childId, now);
    return { message: "timesheet.unbound" };
  },
  revalidate,
});

// Confirm, step 1: sends the one-time code for exactly the data on the screen.
export const requestConfirmationCodeAction = formAction({
  name: "timesheet.request_code",
  permission: "timesheet.confirm",
  schema: sheetRefSchema,
  invalidAs: "errors.invalid_input",
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    const t = await getTranslations("sms");
    const month = `${String(input.month).padStart(2, "0")}.${input.year}`;
    const sent = await requestConfirmationCode(actor, input, now, (code) =>
      t("confirmCode", { code, month }),
    );
    return { values: { hash: sent.hash, phone: sent.phone } };
  },
});

// Confirm, step 2: the code signs the month's snapshot.
export const confirmWithCodeAction = formAction({
  name: "timesheet.confirm_code",
  permission: "timesheet.confirm",
  schema: confirmCodeSchema,
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    await confirmWithCode(actor, input, now);
    return { message: "timesheet.confirmed" };
  },
  revalidate,
});

// The parent disagrees with the month's data.
export const disputeAction = formAction({
  name: "timesheet.dispute",
  permission: "timesheet.dispute",
  schema: disputeSchema,
  input: (formData) => ({ ...Object.fromEntries(formData), days: formData.getAll("days") }),
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    await disputeTimesheet(actor, input, now);
    return { message: "timesheet.disputed" };
  },
  revalidate,
});

const kgDisputes: Revalidation[] = [["/[locale]/kindergarten/disputes", "page"]];
const officerDisputes: Revalidation[] = [["/[locale]/authority/disputes", "page"]];

// The kindergarten accepts a parent's dispute after correcting the marks (its manager or the child's educator).
export const acceptDisputeAction = formAction({
  name: "timesheet.accept_dispute",
  permission: "dispute.answer",
  schema: acceptDisputeSchema,
  resource: (input) => disputeResource(input.disputeId),
  run: async ({ actor, input, now }) => {
    await acceptDispute(actor, input.disputeId, input.answer, now);
    return { message: "disputes.accepted" };
  },
  revalidate: kgDisputes,
});

// The kindergarten rejects a parent's dispute with its reasons.
export const rejectDisputeAction = formAction({
  name: "timesheet.reject_dispute",
  permission: "dispute.answer",
  schema: rejectDisputeSchema,
  resource: (input) => disputeResource(input.disputeId),
  run: async ({ actor, input, now }) => {
    await rejectDispute(actor, input.disputeId, input.answer, now);
    return { message: "disputes.rejected" };
  },
  revalidate: kgDisputes,
});

// The kindergarten reports that it corrected the marks as the department's officer decided.
export const disputeCorrectedAction = formAction({
  name: "timesheet.dispute_corrected",
  permission: "dispute.answer",
  schema: disputeCorrectedSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => disputeResource(input.disputeId),
  run: async ({ actor, input, now }) => {
    await reportDisputeCorrected(actor, input.disputeId, now);
    return { message: "disputes.correctedReported" };
  },
  revalidate: kgDisputes,
});

// The parent takes a rejected dispute to the district education department.
export const escalateDisputeAction = formAction({
  name: "timesheet.escalate_dispute",
  permission: "dispute.escalate",
  schema: escalateDisputeSchema,
  refusedAs: "not_found",
  resource: (input) => disputeResource(input.disputeId),
  run: async ({ actor, input, now }) => {
    await escalateDispute(actor, input.disputeId, input.reason, now);
    return { message: "timesheet.disputeFlow.escalated" };
  },
  revalidate: [...revalidate, ...officerDisputes],
});

// The department's officer decides an escalated dispute: the kindergarten was right, or the marks must be corrected.
export const decideDisputeAction = formAction({
  name: "timesheet.decide_dispute",
  permission: "dispute.decide",
  schema: decideDisputeSchema,
  resource: async (input, actor) => ({
    ...ownAuthorityResource(actor),
    orgPath: await orgPathOf((await disputeResource(input.disputeId)).organizationId),
  }),
  run: async ({ actor, input, resource, now }) => {
    await decideDispute({ actor, authorityId: resource.organizationId }, input, now);
    return { message: "authorityDisputes.decided" };
  },
  revalidate: officerDisputes,
});

// Confirm with EDS, step 1: the XML of the data on the screen (the token carries its hash).
export const edsConfirmPrepareAction = jsonAction({
  name: "timesheet.eds_prepare",
  permission: "timesheet.confirm",
  schema: sheetRefSchema,
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    const doc = await edsDocumentToSign(actor, input, now);
    return { xml: doc.xml, token: doc.hash };
  },
});

// Confirm with EDS, step 2: the signed XML from NCALayer.
export const edsConfirmCompleteAction = jsonAction({
  name: "timesheet.eds_complete",
  permission: "timesheet.confirm",
  schema: edsConfirmSchema,
  refusedAs: "not_found",
  resource: ofChild,
  run: async ({ actor, input, now }) => {
    await confirmWithEds(actor, input, now);
    return { message: "timesheet.confirmed" };
  },
  revalidate,
});
