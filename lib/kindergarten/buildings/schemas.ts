import { z } from "zod";

// Required text of at most `max` characters (messages are translation keys).
const text = (max: number) =>
  z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong");

// A building of the kindergarten: its name and (optional) address.
export const buildingSchema = z.object({
  id: z.string().optional(),
  name: text(120),
  address: z
    .string()
    .trim()
    .max(300, "validation.tooLong")
    .optional()
    .transform((s) => s || null),
});

// A room (group room, hall) of a building and the places (children) it fits.
export const roomSchema = z.object({
  id: z.string().optional(),
  buildingId: z.string({ message: "validation.required" }).min(1, "validation.required"),
  name: text(120),
  places: z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .pipe(
      z.coerce
        .number<string>({ message: "validation.number" })
        .int("validation.wholeNumber")
        .min(1, "validation.roomPlaces")
        .max(500, "validation.roomPlaces"),
    ),
});

export type BuildingInput = z.infer<typeof buildingSchema>;
export type RoomInput = z.infer<typeof roomSchema>;
