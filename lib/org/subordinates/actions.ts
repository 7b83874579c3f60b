"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { authorityResource, ownSubordinatesResource } from "./resource";
import { subordinateTypesSchema, subordinationSchema } from "./schemas";
import { changeSubordination } from "./change-subordination";
import { saveSubordinateTypes } from "./save-types";

const revalidate: Revalidation[] = [["/[locale]/org/[slug]", "layout"]];

// Excludes the ticked subordinate organisations from the authority, or includes them again.
export const changeSubordinationAction = formAction({
  name: "org.change_subordination",
  permission: "org.subordinates.manage",
  schema: subordinationSchema,
  input: (formData) => ({
    authorityId: formData.get("authorityId"),
    op: formData.get("op"),
    ids: formData.getAll("ids"),
  }),
  resource: (input) => ownSubordinatesResource(input.authorityId, input.ids),
  refusedAs: "not_found",
  run: async ({ actor, input, now }) => {
    const { changed } = await changeSubordination(actor, input, now);
    return {
      message: input.op === "exclude" ? "orgAdmin.subordinates.excluded" : "orgAdmin.subordinates.included",
      messageValues: { count: changed },
    };
  },
  revalidate,
});

// Saves the types of organisations subordinate to the authority.
export const saveSubordinateTypesAction = formAction({
  name: "org.save_subordinate_types",
  permission: "org.subordinates.manage",
  schema: subordinateTypesSchema,
  input: (formData) => ({ authorityId: formData.get("authorityId"), types: formData.getAll("types") }),
  resource: (input) => authorityResource(input.authorityId),
  run: async ({ actor, input }) => {
    await saveSubordinateTypes(actor, input);
    return { message: "orgAdmin.subordinates.typesSaved" };
  },
  revalidate,
});
