"use server";
import { revalidatePath } from "next/cache";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import type { Outcome } from "@/lib/kindergarten/contingent/outcome";
import { requireAuthorityAdmin } from "./authority";
import { idSchema, queueSettingsSchema, scheduleSchema, shiftSchema } from "./schemas";
import { deleteSchedule, saveSchedule } from "./schedule";
import { deleteShift, saveShift } from "./shifts";
import { saveQueueSettings } from "./settings";

const revalidate = () => {
  revalidatePath("/[locale]/authority/recruitment", "page");
  revalidatePath("/[locale]/places", "page");
};

function stateOf<T>(outcome: Outcome<T>, formData: FormData, message: string): FormState {
  if (!outcome.ok) return { ...outcome, values: submittedValues(formData) };
  revalidate();
  return { ok: true, message };
}

// Saves a birth year's line of the summer schedule (department administrator).
export async function saveScheduleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireAuthorityAdmin();
    const parsed = scheduleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return stateOf(await saveSchedule(ctx, parsed.data), formData, "recruitment.saved");
  });
}

// Deletes a birth year's line with its shifts (department administrator).
export async function deleteScheduleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireAuthorityAdmin();
    const parsed = idSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, message: "errors.invalid_input" };
    await deleteSchedule(ctx, parsed.data.id);
    revalidate();
    return { ok: true, message: "recruitment.deleted" };
  });
}

// Saves a kindergarten's shifted dates (department administrator).
export async function saveShiftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireAuthorityAdmin();
    const parsed = shiftSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return stateOf(await saveShift(ctx, parsed.data), formData, "recruitment.saved");
  });
}

// Removes a kindergarten's shift (department administrator).
export async function deleteShiftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireAuthorityAdmin();
    const parsed = idSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { ok: false, message: "errors.invalid_input" };
    await deleteShift(ctx, parsed.data.id);
    revalidate();
    return { ok: true, message: "recruitment.deleted" };
  });
}

// Saves the department's queue periods (department administrator).
export async function saveQueueSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireAuthorityAdmin();
    const parsed = queueSettingsSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await saveQueueSettings(ctx, parsed.data);
    revalidate();
    return { ok: true, message: "recruitment.settingsSaved" };
  });
}
