import { z } from "zod";

// A stay mode of the reference book: names in both languages and the hours a day.
export const stayModeSchema = z.object({
  id: z.string().optional(),
  nameKk: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
  nameRu: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
  hours: z.coerce
    .number({ message: "validation.number" })
    .min(1, "validation.stayHours")
    .max(24, "validation.stayHours")
    .refine((h) => Number.isInteger(h * 2), "validation.stayHours"),
});

export type StayModeInput = z.infer<typeof stayModeSchema>;
