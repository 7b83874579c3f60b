import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { myApplications } from "@/lib/queue/applications/my-applications";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ApplicationCard } from "@/components/queue/application-card";
import { ApplicationWarning } from "@/components/queue/application-warning";

// The parent's queue (SPEC §1.5): every application of their children with its position, priority,
// referral (accept / refuse the place / refuse the voucher) and full history; a link to apply.
export default async function ParentQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ taken?: string }>;
}) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const t = await getTranslations("queueMy");
  const now = await requestNow();
  const apps = await myApplications(actor, now);
  // Just took a place in the registry: say so, with the referral's number.
  const taken = /^N-\d{4}-\d{6}$/.test((await searchParams).taken ?? "") ? (await searchParams).taken! : null;
  const referred = apps.filter((a) =>
    a.referrals.some((r) => r.status === "ISSUED" && r.expiresAt > now),
  ).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold" data-testid="queue-title">
          {t("title")}
        </h1>
        <Link href="/cabinet/queue/apply" className={buttonClass()} data-testid="queue-apply-link">
          {t("applyLink")}
        </Link>
      </div>
      {taken ? (
        <Alert tone="success" testId="queue-taken">
          {t("taken", { number: taken })}
        </Alert>
      ) : null}
      {referred > 0 ? (
        <p
          className="rounded-md bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 ring-1 ring-emerald-200"
          data-testid="queue-referral-banner"
        >
          {t("referralBanner", { count: referred })}
        </p>
      ) : null}
      <ApplicationWarning />
      {apps.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600" data-testid="queue-empty">
            {t("empty")}
          </p>
        </Card>
      ) : (
        apps.map((a) => <ApplicationCard key={a.id} app={a} locale={locale} now={now} />)
      )}
    </div>
  );
}
