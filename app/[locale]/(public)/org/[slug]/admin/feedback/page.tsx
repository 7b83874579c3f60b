import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AppealsEmailSection } from "@/components/feedback/appeals-email-section";
import { ContactsForm } from "@/components/feedback/contacts-form";
import { AppealsInbox } from "@/components/feedback/appeals-inbox";
import { AppealCard } from "@/components/feedback/appeal-card";
import { QuestionsAdmin } from "@/components/feedback/questions-admin";
import { requirePage } from "@/lib/auth/guard";
import type { AppealStatus } from "@/lib/generated/prisma/enums";
import { feedbackOrgBySlug } from "@/lib/feedback/org";
import { appealCounts, getAppeal, listAppeals } from "@/lib/feedback/appeals";
import { adminQuestions } from "@/lib/feedback/questions";
import { APPEAL_STATUSES } from "@/lib/feedback/rules";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ status?: string; appeal?: string }>;
};

// The administration's feedback block (seed 002 §3.3): contacts for appeals and the rules and hours of
// personal reception, the e-mail for appeals (confirmed by a code), the appeals inbox (new / in work /
// answered; open one, take it into work, answer it) and citizens' questions (answer, publish). Only the
// organisation's administrators (org.feedback.manage); every action asks again.
export default async function OrgFeedbackAdminPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const org = await feedbackOrgBySlug(slug);
  if (!org) notFound();
  await requirePage(locale, "org.feedback.manage", { organizationId: org.id });
  const t = await getTranslations("feedback");
  const sp = await searchParams;
  const status = APPEAL_STATUSES.find((s) => s === sp.status) as AppealStatus | undefined;
  const base = `/org/${org.slug}/admin/feedback`;
  const [rows, counts, questions, appeal] = await Promise.all([
    listAppeals(org.id, status),
    appealCounts(org.id),
    adminQuestions(org.id),
    sp.appeal ? getAppeal(org.id, sp.appeal.slice(0, 64)) : Promise.resolve(null),
  ]);
  const s = org.settings;
  return (
    <div className="space-y-6" data-testid="feedback-admin">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{t("admin.title")}</h2>
          <p className="text-sm text-slate-600">{t("admin.lead")}</p>
        </div>
        <Link href={`/org/${org.slug}/feedback`} className="text-sm text-brand-700 hover:underline">
          {t("admin.publicLink")}
        </Link>
      </div>
      <Card title={t("inbox.title")} testId="appeals-inbox">
        <div className="space-y-4">
          {sp.appeal && !appeal ? (
            <Alert tone="warning" testId="appeal-not-found">
              {t("inbox.notFound")}
            </Alert>
          ) : null}
          {appeal ? (
            <AppealCard
              appeal={appeal}
              backHref={{ pathname: base, query: status ? { status } : {} }}
              locale={locale}
              timeZone={org.timeZone}
            />
          ) : null}
          <AppealsInbox
            base={base}
            rows={rows}
            counts={counts}
            status={status}
            locale={locale}
            timeZone={org.timeZone}
          />
        </div>
      </Card>
      <QuestionsAdmin questions={questions} locale={locale} timeZone={org.timeZone} />
      <div className="space-y-6">
        <ContactsForm
          organizationId={org.id}
          values={
            s
              ? {
                  phones: s.phones,
                  email: s.email,
                  actualAddress: s.actualAddress,
                  receptionRulesKk: s.receptionRulesKk,
                  receptionRulesRu: s.receptionRulesRu,
                  receptionHours: s.receptionHours,
                }
              : null
          }
        />
        <AppealsEmailSection organizationId={org.id} locale={locale} />
      </div>
    </div>
  );
}
