import { z } from "zod";
import { isYmd } from "@/lib/calendar/zone";

const ymd = z.string().refine(isYmd, "validation.date");
const reason = z.enum([
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "UNEXCUSED",
  "OTHER",
  "UNKNOWN",
]);

// One cell of the grid: present, or absent with a reason (none = not known yet).
export const markSchema = z.object({
  groupId: z.string().min(1),
  childId: z.string().min(1),
  date: ymd,
  status: z.enum(["PRESENT", "ABSENT"]),
  reason: reason.nullable().default(null),
  correctionReason: z.string().trim().max(500, "validation.tooLong").optional(),
  /** Idempotency key of a mark from the phone's offline queue, and when the educator made it there. */
  key: z.uuid().optional(),
  madeAt: z.coerce.date().optional(),
});

// "Everyone present" for a day: every enrolled child without a mark becomes present.
export const markAllSchema = z.object({ groupId: z.string().min(1), date: ymd });

export type MarkRequest = z.infer<typeof markSchema>;

// A month as "YYYY-MM" (the grid's and summary's ?month=), defaulting to the given one.
export function parseMonth(value: string | undefined, fallback: { year: number; month: number }) {
  const m = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  const year = m ? Number(m[1]) : fallback.year;
  const month = m ? Number(m[2]) : fallback.month;
  return month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? { year, month } : fallback;
}
