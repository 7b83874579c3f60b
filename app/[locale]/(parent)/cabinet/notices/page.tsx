import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { parentNoticeBoard } from "@/lib/absence/parent-notices";
import { Card } from "@/components/ui/card";
import { ChildNoticesCard } from "@/components/absence/child-notices";
import { PlanAbsenceForm } from "@/components/absence/plan-form";
import { PendingNoticesBadge } from "@/components/absence/pending-badge";

// The parent's absence notices (SPEC §1.6): per child, the kindergarten's questions "why was the child
// absent" to answer, answers and announced absences, history; and "Announce an absence" in advance.
export default async function ParentNoticesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requirePage(locale, "cabinet.use");
  const t = await getTranslations("parentNotices");
  const board = await parentNoticeBoard(actor, await requestNow());
  const pending = board.children.reduce((sum, c) => sum + c.awaiting.length, 0);
  const enrolled = board.children
    .filter((c) => c.enrolment)
    .map((c) => ({ value: c.child.id, label: c.child.name }));
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold" data-testid="notices-title">
          {t("title")} <PendingNoticesBadge count={pending} />
        </h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
        {enrolled.length > 0 ? (
          <a href="#plan" className="inline-block text-sm font-medium text-brand-700 underline">
            {t("announceLink")}
          </a>
        ) : null}
      </div>
      {board.children.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">{t("noChildren")}</p>
        </Card>
      ) : (
        board.children.map((c) => <ChildNoticesCard key={c.child.id} data={c} locale={locale} />)
      )}
      {board.children.length > 0 ? (
        <div id="plan" className="scroll-mt-4">
          <Card title={t("planTitle")} testId="plan-absence">
            <PlanAbsenceForm childOptions={enrolled} min={board.planRange.min} max={board.planRange.max} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
