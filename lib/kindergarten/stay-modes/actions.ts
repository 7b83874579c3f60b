"use server";
import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock/clock";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import { stayModeSchema } from "./schemas";
import { saveStayMode, setStayModeArchived } from "./stay-modes";

// Saves a stay mode from the reference-book form (administrator only).
export async function saveStayModeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = stayModeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await saveStayMode(ctx, parsed.data);
    revalidatePath("/[locale]/kindergarten/stay-modes", "page");
    return { ok: true, message: "kgStayModes.saved" };
  });
}

// Archives or restores a stay mode (administrator only).
export async function archiveStayModeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    await setStayModeArchived(ctx, String(formData.get("id") ?? ""), formData.get("archived") === "1", now());
    revalidatePath("/[locale]/kindergarten/stay-modes", "page");
    return { ok: true };
  });
}
