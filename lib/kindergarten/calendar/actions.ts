"use server";
import { revalidatePath } from "next/cache";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import { refusing } from "@/lib/refusal";
import { closureSchema, schoolYearSchema } from "./schemas";
import { saveSchoolYear } from "./school-years";
import { addClosure, removeClosure } from "./closures";

const PAGE = "/[locale]/kindergarten/calendar";

// Saves a school year with its summer period (administrator only).
export async function saveSchoolYearAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      const parsed = schoolYearSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await saveSchoolYear(ctx, parsed.data);
      revalidatePath(PAGE, "page");
      return { ok: true, message: "kgCalendar.saved" };
    }),
  );
}

// Adds a closure day (repairs, quarantine…) of the kindergarten.
export async function addClosureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      const parsed = closureSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await addClosure(ctx, parsed.data);
      revalidatePath(PAGE, "page");
      return { ok: true, message: "kgCalendar.closureAdded" };
    }),
  );
}

// Removes a closure day.
export async function removeClosureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    await removeClosure(ctx, String(formData.get("id") ?? ""));
    revalidatePath(PAGE, "page");
    return { ok: true };
  });
}
