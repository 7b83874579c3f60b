import { z } from "zod";

// A whole number typed into a form field (empty → "required").
const whole = (rangeKey: string, min: number, max: number) =>
  z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .pipe(
      z.coerce
        .number<string>({ message: "validation.number" })
        .int("validation.wholeNumber")
        .min(min, rangeKey)
        .max(max, rangeKey),
    );

/** Most places one release may open at once. */
export const MAX_RELEASE_COUNT = 20;

// "Release places to the queue": the group (its language comes from the group), one of its birth
// years and how many places. Whether the year belongs to the group and the places fit is checked
// by the operation, which reads the group.
export const releasePlacesSchema = z.object({
  groupId: z.string({ message: "validation.chooseFromList" }).trim().min(1, "validation.chooseFromList"),
  birthYear: whole("validation.birthYear", 1900, 2999),
  count: whole("validation.places.count", 1, MAX_RELEASE_COUNT),
});

// "Withdraw the place": which one and why (the reason is published in the protocol).
export const withdrawPlaceSchema = z.object({
  id: z.string().trim().min(1, "validation.invalid"),
  reason: z
    .string({ message: "validation.required" })
    .trim()
    .min(3, "validation.places.reason")
    .max(200, "validation.tooLong"),
});

// "Take this place": the place and the parent's application to refer.
export const claimPlaceSchema = z.object({
  placeId: z.string().trim().min(1, "validation.invalid"),
  applicationId: z
    .string({ message: "validation.places.application" })
    .trim()
    .min(1, "validation.places.application"),
});

export type ReleasePlacesInput = z.infer<typeof releasePlacesSchema>;
export type WithdrawPlaceInput = z.infer<typeof withdrawPlaceSchema>;
