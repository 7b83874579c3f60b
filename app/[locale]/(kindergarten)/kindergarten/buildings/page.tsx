import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { listBuildings } from "@/lib/kindergarten/buildings/buildings";
import { saveBuildingAction } from "@/lib/kindergarten/buildings/actions";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { BuildingsCard } from "@/components/kindergarten/buildings-card";

// Reference book "Buildings, rooms, places": buildings, their rooms and places; add, edit, archive.
export default async function BuildingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgBuildings");
  const buildings = await listBuildings(kg.organizationId);
  const buildingOptions = buildings.filter((b) => !b.archivedAt).map((b) => ({ value: b.id, label: b.name }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      {buildings.length === 0 ? (
        <Card testId="buildings-empty">
          <p className="text-sm text-slate-600">{t("empty")}</p>
        </Card>
      ) : null}
      {buildings.map((b) => (
        <BuildingsCard
          key={b.id}
          building={b}
          buildingOptions={
            b.archivedAt ? [{ value: b.id, label: b.name }, ...buildingOptions] : buildingOptions
          }
        />
      ))}
      <Card title={t("addTitle")}>
        <ActionForm
          action={saveBuildingAction}
          submitLabel={t("add")}
          resetOnSuccess
          testId="building-add"
          className="grid gap-3 sm:grid-cols-2"
        >
          <FormField idPrefix="new-building-" name="name" label={t("name")} required />
          <FormField idPrefix="new-building-" name="address" label={t("address")} />
        </ActionForm>
      </Card>
    </div>
  );
}
