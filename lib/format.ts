import { DEFAULT_TIME_ZONE } from "@/lib/calendar/zone";

const LOCALE_TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// A calendar date (stored as UTC midnight) as the reader writes it, e.g. 15.03.2021.
export function formatDate(d: Date | null | undefined, locale: string): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? "en-GB", {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(d);
}

// An instant in the organisation's time zone, with time.
export function formatDateTime(d: Date | null | undefined, locale: string, tz = DEFAULT_TIME_ZONE): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale] ?? "en-GB", {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
