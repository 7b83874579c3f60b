import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { formatDateTime } from "@/lib/format";
import { withdrawPlaceAction } from "@/lib/queue/places/actions";
import type { KindergartenPlace } from "@/lib/queue/places/kg-places";
import { PlaceHistory } from "./place-history";

// The kindergarten's released places: group, cohort, language, status (priority until when), release
// time; an open place can be withdrawn with a reason; every place unfolds into its history.
export async function PlaceKgList({
  places,
  locale,
  tz,
}: {
  places: KindergartenPlace[];
  locale: string;
  tz: string;
}) {
  const t = await getTranslations("kgPlaces");
  const tLang = await getTranslations("groupLanguage");
  const tStatus = await getTranslations("places.status");
  return (
    <ul className="divide-y divide-slate-100">
      {places.map((p) => {
        const open = p.status === "PRIORITY" || p.status === "GENERAL";
        return (
          <li
            key={p.id}
            className="py-3"
            data-testid="kg-place-row"
            data-place-id={p.id}
            data-status={p.status}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <span className="font-medium">{p.group?.name ?? "—"}</span> · {p.birthYear} ·{" "}
                {tLang(p.language)} · <span data-testid="kg-place-status">{tStatus(p.status)}</span>
                {p.waitsUntil
                  ? ` ${t(p.paused ? "waits" : "waitsSummer", { from: formatDateTime(p.waitsUntil, locale, tz) })}`
                  : p.priorityUntil
                    ? ` ${t("until", { until: formatDateTime(p.priorityUntil, locale, tz) })}`
                    : ""}
              </p>
              <p className="text-xs text-slate-500">
                {t("releasedAt", { at: formatDateTime(p.releasedAt, locale, tz) })}
              </p>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700">{t("history")}</summary>
              <div className="mt-2">
                <PlaceHistory place={p} locale={locale} tz={tz} />
              </div>
            </details>
            {open ? (
              <details className="mt-2">
                <summary
                  className="cursor-pointer text-sm text-red-700"
                  data-testid={`kg-place-withdraw-open-${p.id}`}
                >
                  {t("withdraw")}
                </summary>
                <ActionForm
                  action={withdrawPlaceAction}
                  submitLabel={t("withdrawConfirm")}
                  variant="danger"
                  hidden={{ id: p.id }}
                  testId={`kg-place-withdraw-${p.id}`}
                  className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-end"
                >
                  <FormField
                    idPrefix={`${p.id}-`}
                    name="reason"
                    label={t("reason")}
                    hint={t("reasonHint")}
                    required
                    maxLength={200}
                  />
                </ActionForm>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
