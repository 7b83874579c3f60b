// An organisation's short name in the page's language (kk for kk and en, ru for ru).
export function orgShortName(o: { shortNameKk: string; shortNameRu: string }, locale: string): string {
  return locale === "ru" ? o.shortNameRu : o.shortNameKk;
}

// A person's full name: surname, name, patronymic.
export function personName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}
