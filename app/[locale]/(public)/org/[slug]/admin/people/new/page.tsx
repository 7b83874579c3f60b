import { resolveLocale } from "@/i18n/page-locale";
import { orgPeopleScope } from "@/lib/people/staff/page-scope";
import { AddPersonPage } from "@/components/people/add-page";

// "Add a participant" (seed 002, "Новый человек"): the people module's wizard.
export default async function OrgNewPersonPage({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const locale = await resolveLocale(params);
  return <AddPersonPage scope={await orgPeopleScope(locale, (await params).slug)} locale={locale} />;
}
