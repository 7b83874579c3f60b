"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { asFormState } from "@/lib/action-result";
import { requestNow } from "@/lib/clock/request-now";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "@/lib/kindergarten/manager";
import { formatDateTime } from "@/lib/format";
import { getLocale } from "next-intl/server";
import { claimPlaceSchema, releasePlacesSchema, withdrawPlaceSchema } from "./schemas";
import { releasePlaces, withdrawPlace } from "./release-place";
import { claimPlace } from "./claim-place";
import { offerPriorityPlaces } from "./offer-priority";

const revalidate = () => {
  revalidatePath("/[locale]/kindergarten/places", "page");
  revalidatePath("/[locale]/places", "page");
};

// Releases places of a group to the queue (kindergarten administrator); they are offered at once to
// the first eligible priority applicant, if there is one.
export async function releasePlacesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = releasePlacesSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    const now = await requestNow();
    const outcome = await releasePlaces(ctx, parsed.data, now);
    if (!outcome.ok) return { ...outcome, values: submittedValues(formData) };
    await offerPriorityPlaces(now, { placeIds: outcome.value });
    revalidate();
    return { ok: true, message: "kgPlaces.released", messageValues: { count: outcome.value.length } };
  });
}

// Withdraws an open place with the reason (kindergarten administrator).
export async function withdrawPlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = withdrawPlaceSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    const outcome = await withdrawPlace(ctx, parsed.data, await requestNow());
    if (!outcome.ok) return { ...outcome, values: submittedValues(formData) };
    revalidate();
    return { ok: true, message: "kgPlaces.withdrawn" };
  });
}

// "Take this place" in the registry (a signed-in parent, for their child's application).
export async function claimPlaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async (): Promise<FormState> => {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated");
    if (actor.audience !== "parent") throw new AppError("forbidden");
    const parsed = claimPlaceSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    const result = await claimPlace(
      actor,
      parsed.data.placeId,
      parsed.data.applicationId,
      await requestNow(),
    );
    revalidatePath("/[locale]/kindergarten/places", "page");
    revalidatePath("/[locale]/cabinet", "layout");
    if (!result.ok) {
      const until = result.until ? formatDateTime(result.until, await getLocale()) : "";
      return { ok: false, message: `places.claim.${result.reason}`, messageValues: { until } };
    }
    // Taken: the referral is now the parent's business — show it in the cabinet (the registry row is gone).
    return redirect({
      href: `/cabinet/queue?taken=${encodeURIComponent(result.referral.number)}`,
      locale: await getLocale(),
    });
  });
}
