import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireAuthorityAdminPage } from "@/lib/auth/audiences";
import { recentBlocks } from "@/lib/queue/blocking/block-cabinet";
import { blockCabinetAction } from "@/lib/queue/blocking/actions";
import { pendingPriorityReviews } from "@/lib/queue/applications/priority-review";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { FormTextarea } from "@/components/forms/form-textarea";
import { ConfirmTick } from "@/components/queue/referral-confirm";
import { ApplicationPriorityReview } from "@/components/queue/application-priority-review";
import { RepresentativeReview } from "@/components/queue/representative-review";
import { pendingRepresentativeReviews } from "@/lib/queue/representatives/review";

// The education department administrator's queue supervision: representatives' documents to verify
// (guardians, trustees, adoptive and foster parents), priority documents to confirm, and
// blocking a parent's cabinet for 6 months for passing it to a third party (which ends the children's
// contracts with the department's kindergartens), with the blocks made so far.
export default async function CabinetBlocksPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const ctx = await requireAuthorityAdminPage(locale);
  const t = await getTranslations("queueBlocks");
  const tReview = await getTranslations("queueAuthority");
  const tReps = await getTranslations("queueRepresentatives");
  const [reps, reviews, blocks] = await Promise.all([
    pendingRepresentativeReviews(ctx),
    pendingPriorityReviews(ctx),
    recentBlocks(ctx),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold" data-testid="cabinet-blocks-title">
        {t("title")}
      </h1>
      <Card title={tReps("title", { count: reps.length })} testId="representative-reviews">
        <p className="mb-3 text-sm text-slate-600">{tReps("lead")}</p>
        <RepresentativeReview rows={reps} locale={locale} />
      </Card>
      <Card title={tReview("title", { count: reviews.length })} testId="priority-reviews">
        <p className="mb-3 text-sm text-slate-600">{tReview("lead")}</p>
        <ApplicationPriorityReview rows={reviews} locale={locale} />
      </Card>
      <Card title={t("formTitle")} testId="cabinet-block">
        <p className="mb-3 text-sm text-slate-600">{t("lead")}</p>
        <ActionForm
          action={blockCabinetAction}
          submitLabel={t("submit")}
          variant="danger"
          resetOnSuccess
          testId="cabinet-block-form"
          className="grid gap-3 sm:max-w-xl"
        >
          <FormField
            name="parentIin"
            label={t("parentIin")}
            hint={t("parentIinHint")}
            inputMode="numeric"
            maxLength={12}
            required
          />
          <FormTextarea name="reason" label={t("reason")} hint={t("reasonHint")} required />
          <ConfirmTick id="block-confirm" label={t("confirm")} />
        </ActionForm>
      </Card>
      <Card title={t("listTitle")} testId="cabinet-block-list">
        {blocks.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 pr-3">{t("colWhen")}</th>
                  <th className="pr-3">{t("colParent")}</th>
                  <th className="pr-3">{t("colUntil")}</th>
                  <th className="pr-3">{t("colContracts")}</th>
                  <th>{t("colReason")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {blocks.map((b) => (
                  <tr key={b.id} data-testid="cabinet-block-row">
                    <td className="py-2 pr-3">{formatDateTime(b.at, locale)}</td>
                    <td className="pr-3">
                      {b.name} · {b.iin}
                    </td>
                    <td className="pr-3">{formatDateTime(new Date(b.blockedUntil), locale)}</td>
                    <td className="pr-3">{b.endedEnrolments.length}</td>
                    <td>{b.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
