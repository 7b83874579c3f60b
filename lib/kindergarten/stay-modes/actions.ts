"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { archiveSchema } from "@/lib/action/common-schemas";
import { kindergartenEntity, orgOf } from "@/lib/action/resources";
import { stayModeSchema } from "./schemas";
import { saveStayMode, setStayModeArchived } from "./stay-modes";

const revalidate: Revalidation[] = [["/[locale]/kindergarten/stay-modes", "page"]];

// Saves a stay mode from the reference-book form (administrator only).
export const saveStayModeAction = formAction({
  name: "stay_mode.save",
  permission: "stay_mode.manage",
  schema: stayModeSchema,
  resource: (input, actor) => kindergartenEntity(orgOf.stayMode, input.id, actor),
  run: async ({ actor, input, resource }) => {
    await saveStayMode({ actor, ...resource }, input);
    return { message: "kgStayModes.saved" };
  },
  revalidate,
});

// Archives or restores a stay mode (administrator only); "now" is the request's, like every action's.
export const archiveStayModeAction = formAction({
  name: "stay_mode.archive",
  permission: "stay_mode.manage",
  schema: archiveSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.stayMode(input.id),
  run: async ({ actor, input, resource, now }) => {
    await setStayModeArchived({ actor, ...resource }, input.id, input.archived, now);
  },
  revalidate,
});
