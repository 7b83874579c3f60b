import { dateFormat } from "@/lib/intl/formats";
import { DEFAULT_TIME_ZONE } from "@/lib/calendar/zone";

const LOCALE_TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// A month with its year in the page's language, capitalised: "Қараша 2026 ж.", "Ноябрь 2026 г.", "November 2026".
export function formatMonth(year: number, month: number, locale: string): string {
  const raw = dateFormat(LOCALE_TAGS[locale] ?? "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

// The months from `from` to `to` (YYYY-MM, inclusive), newest first — a month picker's choices. Pure.
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = to.split("-").map(Number) as [number, number];
  while (`${y}-${String(m).padStart(2, "0")}` >= from) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

// A calendar date (stored as UTC midnight) as the reader writes it, e.g. 15.03.2021.
export function formatDate(d: Date | null | undefined, locale: string): string {
  if (!d) return "—";
  return dateFormat(LOCALE_TAGS[locale] ?? "en-GB", {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(d);
}

// An instant in the organisation's time zone, with time.
export function formatDateTime(d: Date | null | undefined, locale: string, tz = DEFAULT_TIME_ZONE): string {
  if (!d) return "—";
  return dateFormat(LOCALE_TAGS[locale] ?? "en-GB", {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
