"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { orgOf, ownAuthorityResource, ownKindergarten } from "@/lib/action/resources";
import { unwrap } from "@/lib/action/refusal";
import { idSchema, ownShiftSchema, queueSettingsSchema, scheduleSchema, shiftSchema } from "./schemas";
import { deleteSchedule, saveSchedule } from "./schedule";
import { deleteShift, saveShift } from "./shifts";
import { deleteOwnShift, saveOwnShift } from "./own-shift";
import { saveQueueSettings } from "./settings";

const revalidate: Revalidation[] = [
  ["/[locale]/authority/recruitment", "page"],
  ["/[locale]/places", "page"],
];

// Saves a birth year's line of the summer schedule (department administrator).
export const saveScheduleAction = formAction({
  name: "recruitment.save_schedule",
  permission: "recruitment.manage",
  schema: scheduleSchema,
  resource: (input, actor) => (input.id ? orgOf.schedule(input.id) : ownAuthorityResource(actor)),
  run: async ({ actor, input, resource }) => {
    unwrap(await saveSchedule({ actor, ...resource }, input));
    return { message: "recruitment.saved" };
  },
  revalidate,
});

// Deletes a birth year's line with its shifts (department administrator).
export const deleteScheduleAction = formAction({
  name: "recruitment.delete_schedule",
  permission: "recruitment.manage",
  schema: idSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.schedule(input.id),
  run: async ({ actor, input, resource }) => {
    await deleteSchedule({ actor, ...resource }, input.id);
    return { message: "recruitment.deleted" };
  },
  revalidate,
});

// Saves a kindergarten's shifted dates (department administrator).
export const saveShiftAction = formAction({
  name: "recruitment.save_shift",
  permission: "recruitment.manage",
  schema: shiftSchema,
  resource: (input) => orgOf.schedule(input.scheduleId),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await saveShift({ actor, ...resource }, input, now));
    return { message: "recruitment.saved" };
  },
  revalidate,
});

// Removes a kindergarten's shift (department administrator).
export const deleteShiftAction = formAction({
  name: "recruitment.delete_shift",
  permission: "recruitment.manage",
  schema: idSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.shift(input.id),
  run: async ({ actor, input, resource }) => {
    await deleteShift({ actor, ...resource }, input.id);
    return { message: "recruitment.deleted" };
  },
  revalidate,
});

// Saves the department's queue periods (department administrator).
export const saveQueueSettingsAction = formAction({
  name: "recruitment.save_settings",
  permission: "recruitment.manage",
  schema: queueSettingsSchema,
  resource: (_input, actor) => ownAuthorityResource(actor),
  run: async ({ actor, input, resource }) => {
    await saveQueueSettings({ actor, ...resource }, input);
    return { message: "recruitment.settingsSaved" };
  },
  revalidate,
});

const ownRevalidate: Revalidation[] = [
  ["/[locale]/kindergarten/places", "page"],
  ["/[locale]/authority/recruitment", "page"],
  ["/[locale]/places", "page"],
];

// The kindergarten shifts its own summer dates with the reason (kindergarten administrator).
export const saveOwnShiftAction = formAction({
  name: "recruitment.save_own_shift",
  permission: "recruitment.shift_own",
  schema: ownShiftSchema,
  resource: (_input, actor) => ownKindergarten(actor),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await saveOwnShift({ actor, ...resource }, input, now));
    return { message: "recruitment.saved" };
  },
  revalidate: ownRevalidate,
});

// The kindergarten takes its shift back: the department's dates apply again (kindergarten administrator).
export const deleteOwnShiftAction = formAction({
  name: "recruitment.delete_own_shift",
  permission: "recruitment.shift_own",
  schema: idSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.shiftKindergarten(input.id),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await deleteOwnShift({ actor, ...resource }, input.id, now));
    return { message: "recruitment.deleted" };
  },
  revalidate: ownRevalidate,
});
