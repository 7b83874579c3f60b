import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { issueVouchersAction } from "@/lib/voucher/life-actions";
import { MAX_ISSUE } from "@/lib/voucher/issue";

// "Issue N vouchers for birth year Y" (the department's funded number), in queue order.
export async function VoucherIssueForm({ defaultYear }: { defaultYear: number }) {
  const t = await getTranslations("vouchers.issue");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <ActionForm
        action={issueVouchersAction}
        submitLabel={t("submit")}
        testId="voucher-issue"
        className="grid gap-3 sm:grid-cols-2"
      >
        <FormField
          name="birthYear"
          type="number"
          inputMode="numeric"
          label={t("birthYear")}
          required
          defaultValue={defaultYear}
          min={2000}
          max={2100}
        />
        <FormField
          name="count"
          type="number"
          inputMode="numeric"
          label={t("count")}
          required
          defaultValue={1}
          min={1}
          max={MAX_ISSUE}
        />
      </ActionForm>
    </div>
  );
}
