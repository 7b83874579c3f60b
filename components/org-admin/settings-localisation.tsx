import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { Card } from "@/components/ui/card";
import { saveOrgLocalisationAction } from "@/lib/org/settings/actions";
import { KZ_TIME_ZONES } from "@/lib/org/settings/schemas";
import { OrgCheckbox, OrgSelect } from "./org-fields";

export type Localisation = {
  country: string;
  region: string | null;
  district: string | null;
  city: string | null;
  timeZone: string;
  parent: { slug: string; name: string; excluded: boolean } | null;
  isAuthority: boolean;
};

// "Localisation" (seed 002, "Локализация"): the country, region and district from the territory and the
// subordination from the parent authority (shown, not changed here), the settlement and the time zone.
export async function SettingsLocalisation({
  organizationId,
  loc,
}: {
  organizationId: string;
  loc: Localisation;
}) {
  const t = await getTranslations("orgAdmin.settings");
  const row = (label: string, value: ReactNode, testId: string) => (
    <div className="grid gap-1 sm:grid-cols-3">
      <dt className="text-slate-500">{label}</dt>
      <dd className="sm:col-span-2" data-testid={testId}>
        {value ?? "—"}
      </dd>
    </div>
  );
  return (
    <Card title={t("localisationTitle")} testId="org-settings-localisation">
      <dl className="mb-4 space-y-2 text-sm">
        {row(t("field.country"), loc.country === "KZ" ? t("country.KZ") : loc.country, "org-country")}
        {row(t("field.region"), loc.region, "org-region")}
        {row(t("field.district"), loc.district, "org-district")}
        {row(
          t("field.parent"),
          loc.parent ? (
            <>
              <Link href={`/org/${loc.parent.slug}`} className="text-brand-700 underline">
                {loc.parent.name}
              </Link>
              {loc.parent.excluded ? (
                <span className="ml-2 text-xs text-amber-700">{t("parentExcluded")}</span>
              ) : null}
            </>
          ) : null,
          "org-parent",
        )}
      </dl>
      <p className="mb-3 text-xs text-slate-500">{t("territoryNote")}</p>
      <ActionForm
        action={saveOrgLocalisationAction}
        submitLabel={t("save")}
        testId="org-localisation-form"
        hidden={{ organizationId }}
        className="grid gap-3 sm:grid-cols-2"
      >
        <FormField name="city" label={t("field.city")} maxLength={100} defaultValue={loc.city ?? ""} />
        <OrgSelect
          name="timeZone"
          label={t("field.timeZone")}
          defaultValue={loc.timeZone}
          options={KZ_TIME_ZONES.map((z) => ({ value: z, label: t(`zone.${z.slice(5) as "Almaty"}`) }))}
          testId="org-timeZone"
        />
        <p className="text-xs text-slate-500 sm:col-span-2">
          {loc.isAuthority ? t("timeZoneAuthorityNote") : t("timeZoneNote")}
        </p>
        {loc.isAuthority ? (
          <div className="sm:col-span-2">
            <OrgCheckbox
              name="applyToSubordinates"
              label={t("field.applyToSubordinates")}
              testId="org-applyToSubordinates"
            />
          </div>
        ) : null}
      </ActionForm>
    </Card>
  );
}
