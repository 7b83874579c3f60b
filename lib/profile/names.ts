import { dateFormat } from "@/lib/intl/formats";
import { localName } from "@/lib/org/names";
import type { Locale } from "@/i18n/routing";

// An organisation's texts in the page's language (ru for ru; kk for kk and en), falling back to the other.

export function orgFullName(o: { fullNameKk: string; fullNameRu: string }, locale: Locale | string): string {
  return localName(o.fullNameKk, o.fullNameRu, locale);
}

export function localText(kk: string | null | undefined, ru: string | null | undefined, locale: string) {
  return (locale === "ru" ? (ru ?? kk) : (kk ?? ru)) || null;
}

// A person as others see them on a profile: surname, name and patronymic.
export function shownName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}

// A file size for people: bytes, KB or MB with one decimal.
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / (1024 * 102.4)) / 10} MB`;
}

const TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// The calendar day of an instant in the organisation's time zone, e.g. 04.09.2026.
export function dayOf(d: Date, locale: string, tz: string): string {
  return dateFormat(TAGS[locale] ?? "en-GB", {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(d);
}
