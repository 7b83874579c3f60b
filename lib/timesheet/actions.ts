"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { bindChild, unbindChild } from "./binding";
import { confirmWithCode, requestConfirmationCode } from "./confirm";
import { answerDispute, disputeTimesheet } from "./dispute";
import {
  answerSchema,
  bindSchema,
  confirmCodeSchema,
  disputeSchema,
  edsConfirmSchema,
  sheetRefSchema,
} from "./schemas";
import { confirmWithEds, edsDocumentToSign } from "./confirm-eds";

async function parent() {
  const actor = await getActor();
  if (!actor || actor.audience !== "parent") throw new AppError("unauthenticated");
  return actor;
}

const refresh = () => revalidatePath("/[locale]/cabinet/timesheet", "page");

// Binds a child to the cabinet by the child's IIN (legal representatives on record only).
export async function bindChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await parent();
    const parsed = bindSchema.safeParse({ iin: formData.get("iin") });
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    const binding = await bindChild(actor, parsed.data.iin, await requestNow());
    refresh();
    return { ok: true, message: "timesheet.bound", values: { childId: binding.childId } };
  });
}

// Removes a child from the cabinet's timesheet list.
export async function unbindChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    await unbindChild(await parent(), String(formData.get("childId") ?? ""), await requestNow());
    refresh();
    return { ok: true, message: "timesheet.unbound" };
  });
}

// Confirm, step 1: sends the one-time code for exactly the data on the screen.
export async function requestConfirmationCodeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return asFormState(async () => {
    const actor = await parent();
    const parsed = sheetRefSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError("invalid_input");
    const t = await getTranslations("sms");
    const sent = await requestConfirmationCode(actor, parsed.data, await requestNow(), (code) =>
      t("confirmCode", { code, month: `${String(parsed.data.month).padStart(2, "0")}.${parsed.data.year}` }),
    );
    return { ok: true, values: { hash: sent.hash, phone: sent.phone } };
  });
}

// Confirm, step 2: the code signs the month's snapshot.
export async function confirmWithCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await parent();
    const parsed = confirmCodeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await confirmWithCode(actor, parsed.data, await requestNow());
    refresh();
    return { ok: true, message: "timesheet.confirmed" };
  });
}

// The parent disagrees with the month's data.
export async function disputeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await parent();
    const parsed = disputeSchema.safeParse({
      ...Object.fromEntries(formData),
      days: formData.getAll("days"),
    });
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await disputeTimesheet(actor, parsed.data, await requestNow());
    refresh();
    return { ok: true, message: "timesheet.disputed" };
  });
}

// The kindergarten answers a parent's dispute (its manager or the child's educator).
export async function answerDisputeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await getActor();
    if (!actor || actor.audience !== "staff") throw new AppError("unauthenticated");
    const parsed = answerSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await answerDispute(actor, parsed.data.disputeId, parsed.data.answer, await requestNow());
    revalidatePath("/[locale]/kindergarten/disputes", "page");
    return { ok: true, message: "disputes.answered" };
  });
}

type EdsStep1 = { ok: true; xml: string; token: string } | { ok: false; message: string };

// Confirm with EDS, step 1: the XML of the data on the screen (the token carries its hash).
export async function edsConfirmPrepareAction(input: unknown): Promise<EdsStep1> {
  try {
    const actor = await parent();
    const parsed = sheetRefSchema.safeParse(input);
    if (!parsed.success) throw new AppError("invalid_input");
    const doc = await edsDocumentToSign(actor, parsed.data, await requestNow());
    return { ok: true, xml: doc.xml, token: doc.hash };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}` };
    throw e;
  }
}

// Confirm with EDS, step 2: the signed XML from NCALayer.
export async function edsConfirmCompleteAction(
  input: unknown,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  try {
    const actor = await parent();
    const parsed = edsConfirmSchema.safeParse(input);
    if (!parsed.success) throw new AppError("invalid_input");
    await confirmWithEds(actor, parsed.data, await requestNow());
    refresh();
    return { ok: true, message: "timesheet.confirmed" };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}` };
    throw e;
  }
}
