import { z } from "zod";
import { isYmd } from "@/lib/calendar/zone";

const ymd = z.string({ message: "validation.date" }).trim().refine(isYmd, "validation.date");
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

// A birth year's line of the department's summer schedule (the date rules are checked by the operation).
export const scheduleSchema = z.object({
  id: z.string().optional(),
  year: whole("validation.recruitment.year", 2020, 2100),
  birthYear: whole("validation.birthYear", 1900, 2999),
  priorityFrom: ymd,
  priorityTo: ymd,
  generalFrom: ymd,
});

// A kindergarten's own shifted dates within a birth year's schedule, with the reason.
export const shiftSchema = z.object({
  scheduleId: z.string().trim().min(1, "validation.invalid"),
  organizationId: z
    .string({ message: "validation.chooseFromList" })
    .trim()
    .min(1, "validation.chooseFromList"),
  priorityFrom: ymd,
  priorityTo: ymd,
  generalFrom: ymd,
  reason: z
    .string({ message: "validation.required" })
    .trim()
    .min(3, "validation.recruitment.reason")
    .max(200, "validation.tooLong"),
});

// The kindergarten's own shift: the same, for itself.
export const ownShiftSchema = shiftSchema.omit({ organizationId: true });

// The department's queue periods (SPEC §4–5 defaults 3, 3, 5, 10).
export const queueSettingsSchema = z.object({
  priorityRatioGeneral: whole("validation.recruitment.ratio", 1, 10),
  priorityWindowWorkDays: whole("validation.recruitment.days", 1, 30),
  referralValidityWorkDays: whole("validation.recruitment.days", 1, 30),
  stopListDays: whole("validation.recruitment.days", 1, 30),
});

export const idSchema = z.object({ id: z.string().trim().min(1, "validation.invalid") });

export type ScheduleInput = z.infer<typeof scheduleSchema>;
export type ShiftInput = z.infer<typeof shiftSchema>;
export type OwnShiftInput = z.infer<typeof ownShiftSchema>;
export type QueueSettingsInput = z.infer<typeof queueSettingsSchema>;
