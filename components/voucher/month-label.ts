import { dateFormat } from "@/lib/intl/formats";
import type { YearMonth } from "@/lib/timesheet/window";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { formatDate } from "@/lib/format";

const TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// Months as the reader names them ("қазан 2026", "октябрь 2026 г.", "October 2026"), comma-separated.
export function monthsLabel(months: YearMonth[], locale: string): string {
  const f = dateFormat(TAGS[locale] ?? "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return months.map((m) => f.format(new Date(Date.UTC(m.year, m.month - 1, 1)))).join(", ");
}

// The calendar day (in Asia/Almaty) of an instant such as annulledAt, e.g. 11.12.2026.
export function instantDay(d: Date | null, locale: string): string {
  return d ? formatDate(ymdToDbDate(localDate(d)), locale) : "—";
}
