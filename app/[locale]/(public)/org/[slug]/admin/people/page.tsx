import { resolveLocale } from "@/i18n/page-locale";
import { orgPeopleScope } from "@/lib/people/staff/page-scope";
import { PeopleListPage, type PeopleSearch } from "@/components/people/list-page";

// The organisation's administration "People" (seed 002, "Список людей"): its administrators only; the same
// people module as the kindergarten's "Staff", the organisation's kind deciding the roles.
export default async function OrgPeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<PeopleSearch>;
}) {
  const locale = await resolveLocale(params);
  const scope = await orgPeopleScope(locale, (await params).slug);
  return <PeopleListPage scope={scope} search={await searchParams} locale={locale} />;
}
