"use server";
import { revalidatePath } from "next/cache";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import { refusing } from "@/lib/refusal";
import { groupSchema } from "./schemas";
import { saveGroup } from "./save-group";
import { setGroupArchived } from "./archive-group";

// Saves a group (new from the list page, existing from its edit page); administrator only.
export async function saveGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      const parsed = groupSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      const group = await saveGroup(ctx, parsed.data, await requestNow());
      revalidatePath("/[locale]/kindergarten/groups", "page");
      revalidatePath("/[locale]/kindergarten/groups/[groupId]/edit", "page");
      revalidatePath("/[locale]/kindergarten/buildings", "page");
      return { ok: true, message: "kgGroups.saved", messageValues: { name: group.name } };
    }),
  );
}

// Archives or restores a group (refused while children are enrolled in it).
export async function archiveGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireKindergartenManager();
      await setGroupArchived(
        ctx,
        String(formData.get("id") ?? ""),
        formData.get("archived") === "1",
        await requestNow(),
      );
      revalidatePath("/[locale]/kindergarten/groups", "page");
      revalidatePath("/[locale]/kindergarten/buildings", "page");
      return { ok: true };
    }),
  );
}
