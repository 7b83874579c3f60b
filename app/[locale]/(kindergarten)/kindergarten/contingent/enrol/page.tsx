import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { contingentGroups, kindergartenToday } from "@/lib/kindergarten/contingent/list-contingent";
import { Card } from "@/components/ui/card";
import { ContingentEnrolForm } from "@/components/kindergarten/contingent-enrol-form";

// Enrolment of a child into a group by order (administrator): the groups show today's occupancy.
export default async function ContingentEnrolPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgContingent");
  const groups = await contingentGroups(
    kg.organizationId,
    await kindergartenToday(kg.organizationId, await requestNow()),
  );
  const options = groups.map((g) => ({
    value: g.id,
    label: t("groupOption", {
      name: g.name,
      cohort:
        g.birthYearFrom === g.birthYearTo ? String(g.birthYearFrom) : `${g.birthYearFrom}–${g.birthYearTo}`,
      count: g._count.enrolments,
      capacity: g.capacity,
    }),
  }));
  return (
    <ClientMessages namespaces={["kgContingent"]}>
      <div className="space-y-6">
        <Link
          href="/kindergarten/contingent"
          className="text-sm text-brand-700 hover:underline"
          data-testid="contingent-back"
        >
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("enrolTitle")}</h1>
        <Card>
          <ContingentEnrolForm groups={options} />
        </Card>
      </div>
    </ClientMessages>
  );
}
