"use server";
import { revalidatePath } from "next/cache";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { refusing } from "@/lib/refusal";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "next-intl/server";
import { requireQueueAuthority } from "./authority-guard";
import { blockCabinetSchema } from "./schemas";
import { blockCabinet } from "./block-cabinet";

// The authority administrator blocks a parent's cabinet for 6 months (and ends the children's contracts).
export async function blockCabinetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(() =>
    refusing(formData, async () => {
      const ctx = await requireQueueAuthority();
      const parsed = blockCabinetSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success)
        return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
      const done = await blockCabinet(ctx, parsed.data, await requestNow());
      revalidatePath("/[locale]/authority/cabinet-blocks", "page");
      return {
        ok: true,
        message: "queueBlocks.blocked",
        messageValues: {
          name: done.name,
          until: formatDateTime(done.blockedUntil, await getLocale()),
          count: done.endedEnrolments.length,
        },
      };
    }),
  );
}
