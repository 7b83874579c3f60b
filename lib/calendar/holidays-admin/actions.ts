"use server";
import { z } from "zod";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { ownAuthorityResource } from "@/lib/action/resources";
import { isYmd } from "@/lib/calendar/zone";
import { loadDefaultYear, removeHoliday, saveHoliday } from "./holidays";

const name = z.string().trim().min(1, "validation.required").max(120, "validation.tooLong");
const holidaySchema = z.object({
  date: z.string().refine(isYmd, "validation.date"),
  kind: z.enum(["HOLIDAY", "TRANSFER_DAY_OFF", "WORKING_DAY"]),
  nameKk: name,
  nameRu: name,
  nameEn: name,
});

const revalidate: Revalidation[] = [["/[locale]/authority/holidays", "page"]];
const regionAuthority = (_input: unknown, actor: Parameters<typeof ownAuthorityResource>[0]) =>
  ownAuthorityResource(actor);

// Adds or changes a day of the national calendar (regional administrators).
export const saveHolidayAction = formAction({
  name: "holiday.save",
  permission: "holiday.manage",
  schema: holidaySchema,
  resource: regionAuthority,
  run: async ({ actor, input }) => {
    await saveHoliday(actor, input);
    return { message: "holidays.saved" };
  },
  revalidate,
});

// Removes a day from the national calendar.
export const removeHolidayAction = formAction({
  name: "holiday.remove",
  permission: "holiday.manage",
  schema: z.object({ date: z.string().refine(isYmd) }),
  invalidAs: "errors.invalid_input",
  resource: regionAuthority,
  run: async ({ actor, input }) => {
    await removeHoliday(actor, input.date);
  },
  revalidate,
});

// Fills a year with the fixed holidays and their weekend transfers.
export const loadDefaultYearAction = formAction({
  name: "holiday.load_defaults",
  permission: "holiday.manage",
  schema: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  invalidAs: "errors.invalid_input",
  resource: regionAuthority,
  run: async ({ actor, input }) => {
    const count = await loadDefaultYear(actor, input.year);
    return { message: "holidays.loaded", messageValues: { count } };
  },
  revalidate,
});
