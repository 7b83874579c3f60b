"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { asFormState } from "@/lib/action-result";
import { AppError } from "@/lib/errors/app-error";
import { isYmd } from "@/lib/calendar/zone";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { loadDefaultYear, removeHoliday, saveHoliday } from "./holidays";

const holidaySchema = z.object({
  date: z.string().refine(isYmd, "validation.date"),
  kind: z.enum(["HOLIDAY", "TRANSFER_DAY_OFF", "WORKING_DAY"]),
  nameKk: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  nameRu: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  nameEn: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
});

async function staff() {
  const actor = await getActor();
  if (!actor || actor.audience !== "staff") throw new AppError("unauthenticated");
  return actor;
}
const refresh = () => revalidatePath("/[locale]/authority/holidays", "page");

// Adds or changes a day of the national calendar (regional administrators).
export async function saveHolidayAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const actor = await staff();
    const parsed = holidaySchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await saveHoliday(actor, parsed.data);
    refresh();
    return { ok: true, message: "holidays.saved" };
  });
}

// Removes a day from the national calendar.
export async function removeHolidayAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const date = String(formData.get("date") ?? "");
    if (!isYmd(date)) throw new AppError("invalid_input");
    await removeHoliday(await staff(), date);
    refresh();
    return { ok: true };
  });
}

// Fills a year with the fixed holidays and their weekend transfers.
export async function loadDefaultYearAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const year = Number(formData.get("year"));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError("invalid_input");
    const count = await loadDefaultYear(await staff(), year);
    refresh();
    return { ok: true, message: "holidays.loaded", messageValues: { count } };
  });
}
