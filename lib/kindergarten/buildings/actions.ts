"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { archiveSchema } from "@/lib/action/common-schemas";
import { kindergartenEntity, orgOf } from "@/lib/action/resources";
import { buildingSchema, roomSchema } from "./schemas";
import { saveBuilding, setBuildingArchived } from "./buildings";
import { saveRoom, setRoomArchived } from "./rooms";

const revalidate: Revalidation[] = [["/[locale]/kindergarten/buildings", "page"]];

// Saves a building from the reference-book form (administrator only).
export const saveBuildingAction = formAction({
  name: "building.save",
  permission: "building.manage",
  schema: buildingSchema,
  resource: (input, actor) => kindergartenEntity(orgOf.building, input.id, actor),
  run: async ({ actor, input, resource }) => {
    await saveBuilding({ actor, ...resource }, input);
    return { message: "kgBuildings.saved" };
  },
  revalidate,
});

// Archives or restores a building (refused while its rooms host active groups).
export const archiveBuildingAction = formAction({
  name: "building.archive",
  permission: "building.manage",
  schema: archiveSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.building(input.id),
  run: async ({ actor, input, resource, now }) => {
    await setBuildingArchived({ actor, ...resource }, input.id, input.archived, now);
  },
  revalidate,
});

// Saves a room of a building (administrator only).
export const saveRoomAction = formAction({
  name: "room.save",
  permission: "building.manage",
  schema: roomSchema,
  resource: (input) => (input.id ? orgOf.room(input.id) : orgOf.building(input.buildingId)),
  run: async ({ actor, input, resource }) => {
    await saveRoom({ actor, ...resource }, input);
    return { message: "kgBuildings.saved" };
  },
  revalidate,
});

// Archives or restores a room (refused while it hosts active groups).
export const archiveRoomAction = formAction({
  name: "room.archive",
  permission: "building.manage",
  schema: archiveSchema,
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.room(input.id),
  run: async ({ actor, input, resource, now }) => {
    await setRoomArchived({ actor, ...resource }, input.id, input.archived, now);
  },
  revalidate,
});
