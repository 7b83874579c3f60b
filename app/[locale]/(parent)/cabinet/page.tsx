import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { PendingNoticesBadge } from "@/components/absence/pending-badge";
import { pendingNoticeCount } from "@/lib/absence/parent-notices";
import { voucherStatusForChild } from "@/lib/voucher/status-for-child";
import { VoucherStatusNote } from "@/components/voucher/voucher-status-note";
import { VoucherLifeCard } from "@/components/voucher/voucher-life-card";
import { voucherLives } from "@/lib/voucher/life-view";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { Alert } from "@/components/ui/alert";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { todayDbDate } from "@/lib/calendar/db-date";
import { parentOverview } from "@/lib/people/parent-overview";
import { InboxPreview } from "@/components/announcement/inbox-preview";
import { orgShortName } from "@/lib/org/names";
import { formatDate } from "@/lib/format";

// The parent's cabinet: announcements (unread first), children on record, their kindergarten and voucher, queue applications.
export default async function CabinetPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const t = await getTranslations("cabinet");
  const today = todayDbDate(await requestNow());
  const now = await requestNow();
  const [overview, pending] = await Promise.all([
    parentOverview(actor.personId, today),
    pendingNoticeCount(actor.personId),
  ]);
  // The voucher's life per application, for the children this parent represents (verified links).
  const lives = await voucherLives(
    overview.applications.filter((a) => actor.representedChildIds.includes(a.childId)).map((a) => a.id),
    now,
  );
  // Only children this parent represents (parentOverview is scoped by the person).
  const voucherStatus = new Map(
    await Promise.all(
      overview.children.map(async (c) => [c.id, await voucherStatusForChild(c.id, now)] as const),
    ),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold" data-testid="cabinet-title">
        {t("title")}
      </h1>
      {pending > 0 ? (
        <Link
          href="/cabinet/notices"
          className="flex items-center gap-2 rounded-md bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900 ring-1 ring-amber-200"
          data-testid="cabinet-pending-notices"
        >
          <PendingNoticesBadge count={pending} /> {t("pendingNotices", { count: pending })}
        </Link>
      ) : null}
      {/* Announcements first: the unread ones on top, each opening (and marking read) on its own page. */}
      <InboxPreview personId={actor.personId} base="/cabinet/announcements" locale={locale} />
      <Alert tone="warning">{t("credentialsWarning")}</Alert>

      <Card title={t("childrenTitle")} testId="cabinet-children">
        {overview.children.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noChildren")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {overview.children.map((c) => (
              <li
                key={c.id}
                className="flex flex-col gap-2 py-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between"
                data-testid="cabinet-child"
              >
                <div>
                  <p className="font-medium">{c.name}</p>
                  <p className="text-sm text-slate-600">
                    {formatDate(c.birthDate, locale)} ·{" "}
                    {c.enrolment
                      ? `${orgShortName(c.enrolment.organization, locale)}, ${c.enrolment.group.name}`
                      : t("notEnrolled")}
                  </p>
                </div>
                {c.voucher ? (
                  <span
                    className={`inline-flex w-fit rounded-full px-3 py-1 text-xs font-medium ${c.voucher.status === "ACTIVE" ? "bg-emerald-100 text-emerald-800" : c.voucher.status === "ANNULLED" ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700"}`}
                  >
                    {t("voucher", { number: c.voucher.number })}: {t(`voucherStatus.${c.voucher.status}`)}
                  </span>
                ) : null}
                <div className="sm:basis-full">
                  <VoucherStatusNote status={voucherStatus.get(c.id) ?? null} locale={locale} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <div id="queue">
        <Card title={t("queueTitle")} testId="cabinet-queue">
          {overview.applications.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noApplications")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overview.applications.map((a) => (
                <li
                  key={a.id}
                  className="py-3 text-sm"
                  data-testid="cabinet-application"
                  data-number={a.number}
                >
                  <p className="font-medium">
                    {t("application", { number: a.number })} · {t(`queueStatus.${a.status}`)}
                  </p>
                  <p className="text-slate-600">
                    {t("submitted", { date: formatDate(a.submittedAt, locale) })} ·{" "}
                    {a.choices.map((c) => orgShortName(c.organization, locale)).join(" → ")}
                  </p>
                  {lives.has(a.id) ? <VoucherLifeCard life={lives.get(a.id)!} locale={locale} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card title={t("securityTitle")}>
        <SignOutEverywhere />
      </Card>
    </div>
  );
}
