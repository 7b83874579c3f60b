"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import {
  addRepresentativeSchema,
  removeRepresentativeSchema,
  transferSchema,
  withdrawalSchema,
} from "./schemas";
import { parseEnrolForm } from "./enrol-form";
import { enrolChild } from "./enrol-child";
import { transferChild } from "./transfer-child";
import { withdrawChild } from "./withdraw-child";
import { addRepresentative, removeRepresentative } from "./representatives";
import type { Outcome } from "./outcome";

const revalidate = () => revalidatePath("/[locale]/kindergarten/contingent", "layout");

// The form state of an operation's outcome: its refusal (with what was typed) or the success message.
function stateOf<T>(outcome: Outcome<T>, formData: FormData, success: (value: T) => FormState): FormState {
  if (!outcome.ok) return { ...outcome, values: submittedValues(formData) };
  revalidate();
  return success(outcome.value);
}

// "Enrol a child" (administrator only): the child, the order, the group and the representatives.
export async function enrolChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = parseEnrolForm(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: parsed.fieldErrors, values: submittedValues(formData) };
    const outcome = await enrolChild(ctx, parsed.data, {
      now: await requestNow(),
      locale: await getLocale(),
    });
    return stateOf(outcome, formData, (v) => ({
      ok: true,
      message: "kgContingent.enrolled",
      messageValues: { name: v.childName },
    }));
  });
}

// Transfers a child to another group of the kindergarten by an order (administrator only).
export async function transferChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = transferSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    const outcome = await transferChild(ctx, parsed.data, {
      now: await requestNow(),
      locale: await getLocale(),
    });
    return stateOf(outcome, formData, () => ({ ok: true, message: "kgContingent.transferred" }));
  });
}

// Withdraws a child (last day, reason, order) (administrator only).
export async function withdrawChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = withdrawalSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return stateOf(await withdrawChild(ctx, parsed.data), formData, () => ({
      ok: true,
      message: "kgContingent.withdrawn",
    }));
  });
}

// Adds a legal representative to a child, or corrects one on record (administrator only).
export async function addRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = addRepresentativeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return stateOf(await addRepresentative(ctx, parsed.data), formData, () => ({
      ok: true,
      message: "kgContingent.saved",
    }));
  });
}

// Removes a legal representative from a child (administrator only).
export async function removeRepresentativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = removeRepresentativeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, message: "errors.invalid_input" };
    return stateOf(await removeRepresentative(ctx, parsed.data), formData, () => ({
      ok: true,
      message: "kgContingent.removed",
    }));
  });
}
