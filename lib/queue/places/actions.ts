"use server";
import { getLocale } from "next-intl/server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { applicationChild, groupResource, orgOf } from "@/lib/action/resources";
import { Refusal, unwrap } from "@/lib/action/refusal";
import { formatDateTime } from "@/lib/format";
import { claimPlaceSchema, releasePlacesSchema, withdrawPlaceSchema } from "./schemas";
import { releasePlaces, withdrawPlace } from "./release-place";
import { claimPlace } from "./claim-place";
import { offerPriorityPlaces } from "./offer-priority";

const revalidate: Revalidation[] = [
  ["/[locale]/kindergarten/places", "page"],
  ["/[locale]/places", "page"],
];

// Releases places of a group to the queue (kindergarten administrator); they are offered at once to
// the first eligible priority applicant, if there is one.
export const releasePlacesAction = formAction({
  name: "place.release",
  permission: "place.release",
  schema: releasePlacesSchema,
  resource: async (input) => ({ organizationId: (await groupResource(input.groupId)).organizationId }),
  run: async ({ actor, input, resource, now }) => {
    const placeIds = unwrap(await releasePlaces({ actor, ...resource }, input, now));
    await offerPriorityPlaces(now, { placeIds });
    return { message: "kgPlaces.released", messageValues: { count: placeIds.length } };
  },
  revalidate,
});

// Withdraws an open place with the reason (kindergarten administrator).
export const withdrawPlaceAction = formAction({
  name: "place.withdraw",
  permission: "place.release",
  schema: withdrawPlaceSchema,
  resource: (input) => orgOf.place(input.id),
  run: async ({ actor, input, resource, now }) => {
    unwrap(await withdrawPlace({ actor, ...resource }, input, now));
    return { message: "kgPlaces.withdrawn" };
  },
  revalidate,
});

// "Take this place" in the registry (a signed-in parent, for their child's application); taken, the
// referral is the parent's business — the cabinet shows it (the registry row is gone).
export const claimPlaceAction = formAction({
  name: "place.claim",
  permission: "place.claim",
  schema: claimPlaceSchema,
  refusedAs: "not_found",
  resource: (input) => applicationChild(input.applicationId),
  run: async ({ actor, input, now }) => {
    const result = await claimPlace(actor, input.placeId, input.applicationId, now);
    if (result.ok) return { redirect: `/cabinet/queue?taken=${encodeURIComponent(result.referral.number)}` };
    const until = result.until ? formatDateTime(result.until, await getLocale()) : "";
    throw new Refusal(`places.claim.${result.reason}`, undefined, { until });
  },
  revalidate: [...revalidate, ["/[locale]/cabinet", "layout"]],
});
