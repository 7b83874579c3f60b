import { resolveLocale } from "@/i18n/page-locale";
import { orgPeopleScope } from "@/lib/people/staff/page-scope";
import { PersonPage } from "@/components/people/person-page";

// A participant's page in the administration (edit, rights, exclude, restore): the people module's page.
export default async function OrgPersonPage({
  params,
}: {
  params: Promise<{ locale: string; slug: string; membershipId: string }>;
}) {
  const locale = await resolveLocale(params);
  const { slug, membershipId } = await params;
  return (
    <PersonPage scope={await orgPeopleScope(locale, slug)} membershipId={membershipId} locale={locale} />
  );
}
