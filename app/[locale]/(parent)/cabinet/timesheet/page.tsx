import { ClientMessages } from "@/components/i18n/client-messages";
import { MonthSelect } from "@/components/ui/month-select";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { localParts } from "@/lib/calendar/zone";
import { boundChildren } from "@/lib/timesheet/binding";
import { parentMonth } from "@/lib/timesheet/parent-month";
import { parseMonth } from "@/lib/attendance/schemas";
import { previousMonth } from "@/lib/timesheet/window";
import { bindChildAction, unbindChildAction } from "@/lib/timesheet/actions";
import { personName } from "@/lib/org/names";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { SheetCard } from "@/components/timesheet/sheet-card";
import { VoucherStatusNote } from "@/components/voucher/voucher-status-note";
import { voucherStatusForChild } from "@/lib/voucher/status-for-child";
import { prisma } from "@/lib/db/prisma";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ child?: string; month?: string }>;
};

// The parent's "Attendance timesheet" (seed 000): bind a child by IIN, pick child and month, see
// every day, confirm (1st–10th, previous month) or disagree.
export default async function TimesheetPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const t = await getTranslations("timesheet");
  const q = await searchParams;
  const now = await requestNow();
  const p = localParts(now);
  // From the 1st to the 10th the month to confirm is shown first; later, the running month.
  const fallback =
    p.day <= 10 ? previousMonth({ year: p.year, month: p.month }) : { year: p.year, month: p.month };
  const { year, month } = parseMonth(q.month, fallback);
  const children = await boundChildren(actor.personId);
  const child = children.find((c) => c.id === q.child) ?? children[0] ?? null;
  const sheets = child ? await parentMonth(actor, child.id, year, month, now, locale) : [];
  const voucher = child ? await voucherStatusForChild(child.id, now) : null;
  const parentIin =
    (await prisma.person.findUnique({ where: { id: actor.personId }, select: { iin: true } }))?.iin ??
    undefined;
  const mm = `${year}-${String(month).padStart(2, "0")}`;
  return (
    <ClientMessages namespaces={["timesheet", "eds"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {children.length > 0 && child ? (
          <form
            method="get"
            className="flex flex-col gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:flex-row sm:items-end"
            data-testid="timesheet-picker"
          >
            <div className="flex-1 space-y-1">
              <label htmlFor="child" className="block text-sm font-medium text-slate-700">
                {t("child")}
              </label>
              <select
                id="child"
                name="child"
                defaultValue={child.id}
                className={inputClass}
                data-testid="timesheet-child"
              >
                {children.map((c) => (
                  <option key={c.id} value={c.id}>
                    {personName(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor="month" className="block text-sm font-medium text-slate-700">
                {t("month")}
              </label>
              <MonthSelect
                id="month"
                name="month"
                value={mm}
                from={`${p.year - 3}-01`}
                to={`${p.year}-${String(p.month).padStart(2, "0")}`}
                locale={locale}
                testId="timesheet-month"
              />
            </div>
            <Button type="submit" data-testid="timesheet-show">
              {t("show")}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-600" data-testid="no-bound-children">
            {t("noBound")}
          </p>
        )}
        <VoucherStatusNote status={voucher} locale={locale} />
        {child && sheets.length === 0 ? (
          <Card>
            <p className="text-sm text-slate-600" data-testid="no-sheet">
              {t("noSheet")}
            </p>
          </Card>
        ) : null}
        {child
          ? sheets.map((s) => (
              <SheetCard
                key={s.organization.id}
                sheet={s}
                childId={child.id}
                year={year}
                month={month}
                locale={locale}
                parentIin={parentIin}
              />
            ))
          : null}

        <Card title={t("bindTitle")} testId="bind-card">
          <p className="mb-3 text-sm text-slate-600">{t("bindLead")}</p>
          <ActionForm
            action={bindChildAction}
            submitLabel={t("bindOk")}
            testId="bind-form"
            resetOnSuccess
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
          >
            <div className="flex-1">
              <FormField name="iin" label={t("childIin")} inputMode="numeric" maxLength={12} required />
            </div>
          </ActionForm>
          {child ? (
            <div className="mt-4 border-t border-slate-100 pt-3">
              <ActionForm
                action={unbindChildAction}
                submitLabel={t("unbind", { name: personName(child) })}
                variant="secondary"
                hidden={{ childId: child.id }}
                testId="unbind-form"
              />
            </div>
          ) : null}
        </Card>
      </div>
    </ClientMessages>
  );
}
