import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { recordContractAction } from "@/lib/voucher/life-actions";

// The kindergarten records the contract for a voucher the parent accepted: voucher number, child's IIN,
// contract number.
export async function VoucherContractForm() {
  const t = await getTranslations("vouchers.contract");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <ActionForm
        action={recordContractAction}
        submitLabel={t("submit")}
        testId="voucher-contract"
        className="grid gap-3 sm:grid-cols-3"
        resetOnSuccess
      >
        <FormField name="voucherNumber" label={t("voucherNumber")} required maxLength={32} />
        <FormField name="childIin" label={t("childIin")} required inputMode="numeric" maxLength={12} />
        <FormField name="contractNumber" label={t("contractNumber")} required maxLength={64} />
      </ActionForm>
    </div>
  );
}
