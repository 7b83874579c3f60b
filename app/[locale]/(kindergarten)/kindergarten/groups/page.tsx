import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { groupFormOptions, listGroups } from "@/lib/kindergarten/groups/groups";
import { Card } from "@/components/ui/card";
import { GroupsTable } from "@/components/kindergarten/groups-table";
import { GroupsForm } from "@/components/kindergarten/groups-form";

// Reference book "Groups": every group of the kindergarten with its cohort, language, stay mode,
// room, capacity and educators; add, edit (own page), archive.
export default async function GroupsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgGroups");
  const [groups, options] = await Promise.all([
    listGroups(kg.organizationId, await requestNow()),
    groupFormOptions(kg.organizationId),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      <Card title={t("listTitle")} testId="groups">
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <GroupsTable groups={groups} locale={locale} />
        )}
      </Card>
      <Card title={t("addTitle")}>
        <GroupsForm options={options} locale={locale} testId="group-add" submitLabel={t("add")} />
      </Card>
    </div>
  );
}
