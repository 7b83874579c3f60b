"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { transferChildAction, withdrawChildAction } from "@/lib/kindergarten/contingent/actions";
import { LEAVE_KINDS } from "@/lib/kindergarten/contingent/schemas";
import { ContingentConfirmations, ContingentSelect } from "./contingent-fields";
import type { GroupOption } from "./contingent-enrol-form";

// Transfer to another group by an order: the current enrolment ends the day before the date.
export function ContingentTransferForm({ childId, groups }: { childId: string; groups: GroupOption[] }) {
  const t = useTranslations("kgContingent");
  return (
    <ActionForm
      action={transferChildAction}
      submitLabel={t("transfer")}
      hidden={{ childId }}
      resetOnSuccess
      testId="contingent-transfer"
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <ContingentSelect
          idPrefix="tr-"
          name="groupId"
          label={t("transferGroup")}
          options={[{ value: "", label: t("chooseGroup") }, ...groups]}
        />
        <FormField idPrefix="tr-" name="date" type="date" label={t("transferDate")} required />
        <FormField
          idPrefix="tr-"
          name="orderNumber"
          label={t("orderNumber")}
          maxLength={50}
          autoComplete="off"
          required
        />
        <FormField idPrefix="tr-" name="orderDate" type="date" label={t("orderDate")} required />
      </div>
      <FormField idPrefix="tr-" name="reason" label={t("reason")} maxLength={500} autoComplete="off" />
      <ContingentConfirmations idPrefix="tr-" />
    </ActionForm>
  );
}

// Withdrawal: the last day in the kindergarten (inclusive), the grounds, the reason and the order.
export function ContingentWithdrawForm({ childId }: { childId: string }) {
  const t = useTranslations("kgContingent");
  const kinds = LEAVE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  return (
    <ActionForm
      action={withdrawChildAction}
      submitLabel={t("withdraw")}
      variant="danger"
      hidden={{ childId }}
      resetOnSuccess
      testId="contingent-withdraw"
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField idPrefix="wd-" name="lastDay" type="date" label={t("lastDay")} required />
        <ContingentSelect
          idPrefix="wd-"
          name="kind"
          label={t("leaveKind")}
          options={kinds}
          defaultValue="WITHDRAWN"
        />
        <FormField
          idPrefix="wd-"
          name="reason"
          label={t("reason")}
          maxLength={500}
          autoComplete="off"
          required
        />
        <FormField
          idPrefix="wd-"
          name="orderNumber"
          label={t("withdrawOrder")}
          maxLength={50}
          autoComplete="off"
        />
      </div>
    </ActionForm>
  );
}
