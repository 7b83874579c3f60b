"use server";
import { z } from "zod";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { idField } from "@/lib/action/common-schemas";
import { kindergartenEntity, orgOf, ownKindergarten } from "@/lib/action/resources";
import { closureSchema, schoolYearSchema } from "./schemas";
import { saveSchoolYear } from "./school-years";
import { addClosure, removeClosure } from "./closures";

const revalidate: Revalidation[] = [["/[locale]/kindergarten/calendar", "page"]];

// Saves a school year with its summer period (administrator only).
export const saveSchoolYearAction = formAction({
  name: "school_year.save",
  permission: "calendar.manage",
  schema: schoolYearSchema,
  resource: (input, actor) => kindergartenEntity(orgOf.schoolYear, input.id, actor),
  run: async ({ actor, input, resource }) => {
    await saveSchoolYear({ actor, ...resource }, input);
    return { message: "kgCalendar.saved" };
  },
  revalidate,
});

// Adds a closure day (repairs, quarantine…) of the kindergarten.
export const addClosureAction = formAction({
  name: "closure.add",
  permission: "calendar.manage",
  schema: closureSchema,
  resource: (_input, actor) => ownKindergarten(actor),
  run: async ({ actor, input, resource }) => {
    await addClosure({ actor, ...resource }, input);
    return { message: "kgCalendar.closureAdded" };
  },
  revalidate,
});

// Removes a closure day.
export const removeClosureAction = formAction({
  name: "closure.remove",
  permission: "calendar.manage",
  schema: z.object({ id: idField }),
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.closure(input.id),
  run: async ({ actor, input, resource }) => {
    await removeClosure({ actor, ...resource }, input.id);
  },
  revalidate,
});
