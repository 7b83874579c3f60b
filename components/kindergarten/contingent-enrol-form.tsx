"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { enrolChildAction } from "@/lib/kindergarten/contingent/actions";
import {
  ContingentConfirmations,
  ContingentRepresentativeFields,
  ContingentSelect,
} from "./contingent-fields";

export type GroupOption = { value: string; label: string };

// The enrolment form: the child, the order and the group, and up to two legal representatives
// (more are added on the child's page). Cleared after a successful enrolment.
export function ContingentEnrolForm({ groups }: { groups: GroupOption[] }) {
  const t = useTranslations("kgContingent");
  const legend = "text-base font-semibold text-slate-900";
  return (
    <ActionForm
      action={enrolChildAction}
      submitLabel={t("enrol")}
      resetOnSuccess
      testId="contingent-enrol"
      className="space-y-6"
    >
      <fieldset className="space-y-3">
        <legend className={legend}>{t("childSection")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField
            name="childIin"
            label={t("childIin")}
            hint={t("childIinHint")}
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            required
          />
          <FormField name="childLastName" label={t("lastName")} autoComplete="off" required />
          <FormField name="childFirstName" label={t("firstName")} autoComplete="off" required />
          <FormField name="childMiddleName" label={t("middleName")} autoComplete="off" />
          <FormField name="childBirthDate" type="date" label={t("birthDate")} hint={t("birthDateHint")} />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legend}>{t("orderSection")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <ContingentSelect
            name="groupId"
            label={t("group")}
            options={[{ value: "", label: t("chooseGroup") }, ...groups]}
          />
          <FormField name="startsOn" type="date" label={t("startsOn")} required />
          <FormField name="orderNumber" label={t("orderNumber")} maxLength={50} autoComplete="off" required />
          <FormField name="orderDate" type="date" label={t("orderDate")} required />
        </div>
        <ContingentConfirmations />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legend}>{t("repTitle", { n: 1 })}</legend>
        <ContingentRepresentativeFields slot="rep1" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legend}>{t("repTitle", { n: 2 })}</legend>
        <p className="text-sm text-slate-600">{t("repOptional")}</p>
        <ContingentRepresentativeFields slot="rep2" />
      </fieldset>
    </ActionForm>
  );
}
