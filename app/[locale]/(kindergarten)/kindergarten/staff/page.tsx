import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenPeopleScope } from "@/lib/people/staff/page-scope";
import { PeopleListPage, type PeopleSearch } from "@/components/people/list-page";

// The kindergarten's "Staff" (EPOS.DOU «Кадры»): the same people module as the administration's "People"
// (/org/{slug}/admin/people), inside the kindergarten area.
export default async function StaffPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<PeopleSearch>;
}) {
  const locale = await resolveLocale(params);
  const scope = await kindergartenPeopleScope(locale);
  return <PeopleListPage scope={scope} search={await searchParams} locale={locale} />;
}
