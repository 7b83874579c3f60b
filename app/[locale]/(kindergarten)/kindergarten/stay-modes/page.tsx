import { localName } from "@/lib/org/names";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { listStayModes } from "@/lib/kindergarten/stay-modes/stay-modes";
import { archiveStayModeAction, saveStayModeAction } from "@/lib/kindergarten/stay-modes/actions";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";

// Reference book "Stay modes" (short stay, 9-, 10.5-, 12-, 24-hour groups): add, edit, archive.
export default async function StayModesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgStayModes");
  const modes = await listStayModes(kg.organizationId);
  const name = (m: { nameKk: string; nameRu: string }) => localName(m.nameKk, m.nameRu, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card title={t("listTitle")} testId="stay-modes">
        {modes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {modes.map((m) => (
              <li key={m.id} className="py-3" data-testid="stay-mode-row">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className={m.archivedAt ? "text-slate-400" : "font-medium"}>
                    {name(m)} · {t("hours", { hours: Number(m.hours) })} ·{" "}
                    {t("groupsUsing", { count: m._count.groups })}
                    {m.archivedAt ? ` · ${t("archived")}` : ""}
                  </p>
                  <ActionForm
                    action={archiveStayModeAction}
                    submitLabel={m.archivedAt ? t("restore") : t("archive")}
                    variant="secondary"
                    hidden={{ id: m.id, archived: m.archivedAt ? "0" : "1" }}
                    className="flex items-center gap-2"
                    testId={`stay-mode-archive-${m.id}`}
                  />
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-brand-700">{t("edit")}</summary>
                  <ActionForm
                    action={saveStayModeAction}
                    submitLabel={t("save")}
                    hidden={{ id: m.id }}
                    className="mt-3 grid gap-3 sm:grid-cols-3"
                  >
                    <FormField
                      idPrefix={`${m.id}-`}
                      name="nameKk"
                      label={t("nameKk")}
                      defaultValue={m.nameKk}
                      required
                    />
                    <FormField
                      idPrefix={`${m.id}-`}
                      name="nameRu"
                      label={t("nameRu")}
                      defaultValue={m.nameRu}
                      required
                    />
                    <FormField
                      idPrefix={`${m.id}-`}
                      name="hours"
                      type="number"
                      step="0.5"
                      label={t("hoursLabel")}
                      defaultValue={Number(m.hours)}
                      required
                    />
                  </ActionForm>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("addTitle")}>
        <ActionForm
          action={saveStayModeAction}
          submitLabel={t("add")}
          resetOnSuccess
          testId="stay-mode-add"
          className="grid gap-3 sm:grid-cols-3"
        >
          <FormField idPrefix="new-" name="nameKk" label={t("nameKk")} required />
          <FormField idPrefix="new-" name="nameRu" label={t("nameRu")} required />
          <FormField
            idPrefix="new-"
            name="hours"
            type="number"
            step="0.5"
            label={t("hoursLabel")}
            hint={t("hoursHint")}
            required
          />
        </ActionForm>
      </Card>
    </div>
  );
}
