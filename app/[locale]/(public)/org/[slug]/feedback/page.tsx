import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { ContactsPanel } from "@/components/feedback/contacts-panel";
import { AppealForm } from "@/components/feedback/appeal-form";
import { QaList } from "@/components/feedback/qa-list";
import { QuestionForm } from "@/components/feedback/question-form";
import { orgShortName } from "@/lib/org/names";
import { appealsOpen } from "@/lib/feedback/rules";
import { publicQuestions } from "@/lib/feedback/questions";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  const t = await getTranslations({ locale, namespace: "feedback" });
  return { title: `${t("title")} — ${orgShortName(profile.org, locale)}` };
}

// The Feedback tab (SPEC §3.1, seed 002): contacts for citizens, the rules and hours of personal reception,
// the electronic appeal (only while the appeals e-mail is confirmed) and the public questions and answers
// with "ask a question". Shown while the Feedback feature is on (lib/profile/visibility.ts; 404 otherwise).
export default async function OrgFeedbackPage({ params }: { params: ProfileParams }) {
  const { locale, profile, slug } = await profileForPage(params, "feedback");
  const t = await getTranslations("feedback");
  const { org } = profile;
  const questions = await publicQuestions(org.id);
  return (
    <div className="space-y-4" data-testid="feedback-tab">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        {profile.view.administration ? (
          <Link
            href={`/org/${slug}/admin/feedback`}
            className="text-sm text-brand-700 hover:underline"
            data-testid="feedback-admin-link"
          >
            {t("admin.title")} →
          </Link>
        ) : null}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[20rem_1fr]">
        <aside className="space-y-4">
          <ContactsPanel settings={org.settings} locale={locale} />
        </aside>
        <div className="min-w-0 space-y-4">
          <Card title={t("appeal.title")} testId="feedback-appeal">
            <AppealForm slug={slug} open={appealsOpen(org.settings)} />
          </Card>
          <Card title={t("questions.title")} testId="feedback-qa">
            <div className="space-y-4">
              <QaList items={questions} locale={locale} timeZone={org.timeZone} />
              <QuestionForm slug={slug} />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
