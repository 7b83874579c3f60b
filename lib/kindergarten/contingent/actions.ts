"use server";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { contingentChild, ownKindergarten } from "@/lib/action/resources";
import { unwrap } from "@/lib/action/refusal";
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

const revalidate: Revalidation[] = [["/[locale]/kindergarten/contingent", "layout"]];

// The enrolment form (child, order, two representative slots) as one schema: its field errors land
// under the flat field names (lib/kindergarten/contingent/enrol-form.ts).
const enrolFormSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const parsed = parseEnrolForm(raw);
  if (parsed.success) return parsed.data;
  for (const [field, message] of Object.entries(parsed.fieldErrors))
    ctx.addIssue({ code: "custom", path: [field], message });
  return z.NEVER;
});

// "Enrol a child" (administrator only): the child, the order, the group and the representatives.
export const enrolChildAction = formAction({
  name: "contingent.enrol",
  permission: "contingent.manage",
  schema: enrolFormSchema,
  resource: (_input, actor) => ownKindergarten(actor),
  run: async ({ actor, input, resource, now }) => {
    const enrolled = unwrap(
      await enrolChild({ actor, ...resource }, input, { now, locale: await getLocale() }),
    );
    return { message: "kgContingent.enrolled", messageValues: { name: enrolled.childName } };
  },
  revalidate,
});

// Transfers a child to another group of the kindergarten by an order (administrator only).
export const transferChildAction = formAction({
  name: "contingent.transfer",
  permission: "contingent.manage",
  schema: transferSchema,
  resource: (input, actor) => contingentChild(input.childId, actor),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await transferChild({ actor, ...resource }, input, { now, locale: await getLocale() }));
    return { message: "kgContingent.transferred" };
  },
  revalidate,
});

// Withdraws a child (last day, reason, order) (administrator only).
export const withdrawChildAction = formAction({
  name: "contingent.withdraw",
  permission: "contingent.manage",
  schema: withdrawalSchema,
  resource: (input, actor) => contingentChild(input.childId, actor),
  run: async ({ actor, input, resource }) => {
    unwrap(await withdrawChild({ actor, ...resource }, input));
    return { message: "kgContingent.withdrawn" };
  },
  revalidate,
});

// Adds a legal representative to a child the kindergarten has now, or corrects one on record (administrator only).
export const addRepresentativeAction = formAction({
  name: "contingent.add_representative",
  permission: "contingent.manage",
  schema: addRepresentativeSchema,
  resource: (input, actor) => contingentChild(input.childId, actor),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await addRepresentative({ actor, ...resource }, input, { now }));
    return { message: "kgContingent.saved" };
  },
  revalidate,
});

// Removes a legal representative from a child the kindergarten has now (administrator only).
export const removeRepresentativeAction = formAction({
  name: "contingent.remove_representative",
  permission: "contingent.manage",
  schema: removeRepresentativeSchema,
  invalidAs: "errors.invalid_input",
  resource: (input, actor) => contingentChild(input.childId, actor),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await removeRepresentative({ actor, ...resource }, input, { now }));
    return { message: "kgContingent.removed" };
  },
  revalidate,
});
