import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link, redirect } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { localParts } from "@/lib/calendar/zone";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { AppError } from "@/lib/errors/app-error";
import { assertCalendarAdmin, listHolidays } from "@/lib/calendar/holidays-admin/holidays";
import {
  loadDefaultYearAction,
  removeHolidayAction,
  saveHolidayAction,
} from "@/lib/calendar/holidays-admin/actions";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> };

// The national working-day calendar (regional administrators): fixed holidays with their weekend
// transfers, and the days the Government moves by decree. Kindergartens' own closures are theirs.
export default async function HolidaysPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "authority.enter");
  try {
    assertCalendarAdmin(actor);
  } catch (e) {
    if (e instanceof AppError) return redirect({ href: "/no-access", locale });
    throw e;
  }
  const t = await getTranslations("holidays");
  const current = localParts(await requestNow()).year;
  const year = Number((await searchParams).year) || current;
  const days = await listHolidays(year);
  const name = (d: { nameKk: string; nameRu: string; nameEn: string }) =>
    locale === "ru" ? d.nameRu : locale === "en" ? d.nameEn : d.nameKk;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
        <div className="flex gap-2 text-sm">
          <Link
            href={`/authority/holidays?year=${year - 1}`}
            className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
          >
            ← {year - 1}
          </Link>
          <Link
            href={`/authority/holidays?year=${year + 1}`}
            className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
          >
            {year + 1} →
          </Link>
        </div>
      </div>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <Card testId="holidays">
        {days.length === 0 ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-600">{t("empty")}</p>
            <ActionForm
              action={loadDefaultYearAction}
              submitLabel={t("loadDefaults", { year })}
              hidden={{ year: String(year) }}
              testId="holidays-defaults"
            />
          </div>
        ) : (
          <ul className="divide-y divide-slate-100">
            {days.map((d) => (
              <li
                key={d.date.toISOString()}
                className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                data-testid="holiday-row"
              >
                <span>
                  <span className="font-medium">{formatDate(d.date, locale)}</span> · {name(d)} ·{" "}
                  <span className="text-slate-600">{t(`kind.${d.kind}`)}</span>
                </span>
                <ActionForm
                  action={removeHolidayAction}
                  submitLabel={t("remove")}
                  variant="secondary"
                  hidden={{ date: dbDateToYmd(d.date) }}
                  className="flex items-center gap-2"
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("addTitle")}>
        <ActionForm
          action={saveHolidayAction}
          submitLabel={t("save")}
          resetOnSuccess
          testId="holiday-add"
          className="grid gap-3 sm:grid-cols-2"
        >
          <FormField name="date" type="date" label={t("date")} required />
          <FormSelect
            name="kind"
            label={t("kindLabel")}
            required
            options={(["HOLIDAY", "TRANSFER_DAY_OFF", "WORKING_DAY"] as const).map((k) => ({
              value: k,
              label: t(`kind.${k}`),
            }))}
          />
          <FormField name="nameKk" label={t("nameKk")} required />
          <FormField name="nameRu" label={t("nameRu")} required />
          <FormField name="nameEn" label={t("nameEn")} required />
        </ActionForm>
      </Card>
    </div>
  );
}
