import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenPeopleScope } from "@/lib/people/staff/page-scope";
import { PersonPage } from "@/components/people/person-page";

// A staff member's page in the kindergarten area: the people module's person page.
export default async function StaffMemberPage({
  params,
}: {
  params: Promise<{ locale: string; membershipId: string }>;
}) {
  const locale = await resolveLocale(params);
  const scope = await kindergartenPeopleScope(locale);
  const { membershipId } = await params;
  return <PersonPage scope={scope} membershipId={membershipId} locale={locale} />;
}
