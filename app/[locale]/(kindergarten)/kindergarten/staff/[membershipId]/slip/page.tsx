import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenPeopleScope } from "@/lib/people/staff/page-scope";
import { SlipPage } from "@/components/people/slip-page";

// A staff member's invitation slip in the kindergarten area: the people module's slip page.
export default async function StaffSlipPage({
  params,
}: {
  params: Promise<{ locale: string; membershipId: string }>;
}) {
  const locale = await resolveLocale(params);
  const scope = await kindergartenPeopleScope(locale);
  const { membershipId } = await params;
  return <SlipPage scope={scope} membershipId={membershipId} locale={locale} />;
}
