import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { findGroup, groupFormOptions } from "@/lib/kindergarten/groups/groups";
import { Card } from "@/components/ui/card";
import { GroupsForm } from "@/components/kindergarten/groups-form";

// Editing one group of the reference book; another kindergarten's group is "not found".
export default async function GroupEditPage({
  params,
}: {
  params: Promise<{ locale: string; groupId: string }>;
}) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const { groupId } = await params;
  const group = await findGroup(kg.organizationId, groupId);
  if (!group) notFound();
  const t = await getTranslations("kgGroups");
  const options = await groupFormOptions(kg.organizationId, group);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/kindergarten/groups" className="text-sm text-brand-700" data-testid="group-back">
          ← {t("backToList")}
        </Link>
        <h1 className="text-2xl font-bold">{t("editTitle", { name: group.name })}</h1>
      </div>
      <Card>
        <GroupsForm
          group={group}
          options={options}
          locale={locale}
          testId="group-edit"
          submitLabel={t("save")}
        />
      </Card>
    </div>
  );
}
