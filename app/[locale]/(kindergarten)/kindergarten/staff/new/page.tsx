import { resolveLocale } from "@/i18n/page-locale";
import { kindergartenPeopleScope } from "@/lib/people/staff/page-scope";
import { AddPersonPage } from "@/components/people/add-page";

// "Add a participant" to the kindergarten's staff: the people module's wizard.
export default async function NewStaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return <AddPersonPage scope={await kindergartenPeopleScope(locale)} locale={locale} />;
}
