"use server";
import { revalidatePath } from "next/cache";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import { buildingSchema, roomSchema } from "./schemas";
import { saveBuilding, setBuildingArchived } from "./buildings";
import { saveRoom, setRoomArchived } from "./rooms";
import { refusing } from "@/lib/refusal";

const PAGE = "/[locale]/kindergarten/buildings";

// Saves a building from the reference-book form (administrator only).
export async function saveBuildingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = buildingSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    await saveBuilding(ctx, parsed.data);
    revalidatePath(PAGE, "page");
    return { ok: true, message: "kgBuildings.saved" };
  });
}

// Archives or restores a building (refused while its rooms host active groups).
export async function archiveBuildingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      await setBuildingArchived(
        ctx,
        String(formData.get("id") ?? ""),
        formData.get("archived") === "1",
        await requestNow(),
      );
      revalidatePath(PAGE, "page");
      return { ok: true };
    }),
  );
}

// Saves a room of a building (administrator only).
export async function saveRoomAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      const parsed = roomSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      await saveRoom(ctx, parsed.data);
      revalidatePath(PAGE, "page");
      return { ok: true, message: "kgBuildings.saved" };
    }),
  );
}

// Archives or restores a room (refused while it hosts active groups).
export async function archiveRoomAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      await setRoomArchived(
        ctx,
        String(formData.get("id") ?? ""),
        formData.get("archived") === "1",
        await requestNow(),
      );
      revalidatePath(PAGE, "page");
      return { ok: true };
    }),
  );
}
