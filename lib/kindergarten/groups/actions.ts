"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { archiveSchema } from "@/lib/action/common-schemas";
import { kindergartenEntity, orgOf } from "@/lib/action/resources";
import { groupSchema } from "./schemas";
import { saveGroup } from "./save-group";
import { setGroupArchived } from "./archive-group";

const revalidate: Revalidation[] = [
  ["/[locale]/kindergarten/groups", "page"],
  ["/[locale]/kindergarten/groups/[groupId]/edit", "page"],
  ["/[locale]/kindergarten/buildings", "page"],
];

// Saves a group (new from the list page, existing from its edit page); administrator only.
export const saveGroupAction = formAction({
  name: "group.save",
  permission: "group.manage",
  schema: groupSchema,
  resource: (input, actor) => kindergartenEntity(orgOf.group, input.id, actor),
  run: async ({ actor, input, resource, now }) => {
    const group = await saveGroup({ actor, ...resource }, input, now);
    return { message: "kgGroups.saved", messageValues: { name: group.name } };
  },
  revalidate,
});

// Archives or restores a group (refused while children are enrolled in it).
export const archiveGroupAction = formAction({
  name: "group.archive",
  permission: "group.manage",
  schema: archiveSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.group(input.id),
  run: async ({ actor, input, resource, now }) => {
    await setGroupArchived({ actor, ...resource }, input.id, input.archived, now);
  },
  revalidate,
});
