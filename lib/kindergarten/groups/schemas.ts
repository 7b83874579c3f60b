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

// An optional id from a select ("" → null: none chosen).
const optionalId = z
  .string()
  .optional()
  .transform((s) => (s ? s : null));

// A group of the reference book: name, birth-year cohort, language, stay mode, room, capacity.
// The cohort's range (current year − 8 … current year) is checked by the operation, which knows the date.
export const groupSchema = z
  .object({
    id: z.string().optional(),
    name: z
      .string({ message: "validation.required" })
      .trim()
      .min(1, "validation.required")
      .max(100, "validation.tooLong"),
    birthYearFrom: whole("validation.birthYear", 1900, 2999),
    birthYearTo: whole("validation.birthYear", 1900, 2999),
    language: z.enum(["KK", "RU", "MIXED"], { message: "validation.required" }),
    stayModeId: optionalId,
    roomId: optionalId,
    capacity: whole("validation.groupCapacity", 1, 60),
  })
  .refine((g) => g.birthYearFrom <= g.birthYearTo, {
    message: "validation.cohortOrder",
    path: ["birthYearTo"],
  });

export type GroupInput = z.infer<typeof groupSchema>;
