import { resolveLocale } from "@/i18n/page-locale";
import { orgPeopleScope } from "@/lib/people/staff/page-scope";
import { SlipPage } from "@/components/people/slip-page";

// A participant's invitation slip (a new login and one-time password): the people module's slip page.
export default async function OrgPersonSlipPage({
  params,
}: {
  params: Promise<{ locale: string; slug: string; membershipId: string }>;
}) {
  const locale = await resolveLocale(params);
  const { slug, membershipId } = await params;
  return <SlipPage scope={await orgPeopleScope(locale, slug)} membershipId={membershipId} locale={locale} />;
}
