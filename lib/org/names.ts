import { kazakhLatin } from "./latin";

// A name kept in Kazakh and Russian, in the page's language: Russian for ru, Kazakh for kk, and for en the
// Kazakh name in the Kazakh Latin alphabet (the data has no English names).
export function localName(kk: string, ru: string, locale: string): string {
  return locale === "ru" ? ru : locale === "en" ? kazakhLatin(kk) : kk;
}

// An organisation's short name in the page's language.
export function orgShortName(o: { shortNameKk: string; shortNameRu: string }, locale: string): string {
  return localName(o.shortNameKk, o.shortNameRu, locale);
}

// A person's full name: surname, name, patronymic.
export function personName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}
