"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { useFormStateContext } from "@/components/forms/action-form";
import { useErrorText } from "@/components/auth/use-error-text";
import { RELATIONS } from "@/lib/kindergarten/contingent/schemas";

// What a failed submit sent back (a form action resets selects and checkboxes, so they are remounted with it).
function useKept(): Record<string, string> | null {
  const state = useFormStateContext();
  return state.ok || !state.values ? null : state.values;
}

// A select inside an ActionForm that keeps its submitted value after a refusal.
export function ContingentSelect({
  name,
  label,
  options,
  idPrefix = "",
  defaultValue = "",
  hint,
}: {
  name: string;
  label: ReactNode;
  options: { value: string; label: string }[];
  idPrefix?: string;
  defaultValue?: string;
  hint?: ReactNode;
}) {
  const kept = useKept()?.[name];
  return (
    <FormSelect
      key={`${name}-${kept ?? ""}`}
      name={name}
      idPrefix={idPrefix}
      label={label}
      hint={hint}
      defaultValue={kept ?? defaultValue}
      options={options}
      required
    />
  );
}

// The two confirmations the server may ask for: an override reason when the group is full, and the
// "enrol anyway" tick when the birth year is outside the group's cohort. Each appears only once the server
// has flagged it (or it was filled in), so the usual enrolment is not cluttered with them.
export function ContingentConfirmations({ idPrefix = "" }: { idPrefix?: string }) {
  const t = useTranslations("kgContingent");
  const state = useFormStateContext();
  const errorText = useErrorText(state.texts);
  const kept = useKept();
  const needReason = !!state.fieldErrors?.capacityOverrideReason || !!kept?.capacityOverrideReason;
  const needTick = !!state.fieldErrors?.confirmCohort || !!kept?.confirmCohort;
  const tickError = errorText(state.fieldErrors?.confirmCohort);
  const id = `${idPrefix}confirmCohort`;
  return (
    <>
      {needReason ? (
        <FormField
          idPrefix={idPrefix}
          name="capacityOverrideReason"
          label={t("capacityOverrideReason")}
          hint={t("capacityOverrideHint")}
          maxLength={500}
          required
        />
      ) : null}
      {needTick ? (
        <div className="space-y-1 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">
          <label htmlFor={id} className="flex items-start gap-2 text-sm">
            <input
              key={`tick-${kept?.confirmCohort ?? ""}`}
              id={id}
              type="checkbox"
              name="confirmCohort"
              defaultChecked={!!kept?.confirmCohort}
              data-testid={`${idPrefix}confirm-cohort`}
              aria-invalid={!!tickError}
              className="mt-0.5 h-5 w-5 shrink-0 rounded border-slate-300 accent-brand-600"
            />
            <span>
              <span className="font-medium text-slate-800">{t("confirmCohort")}</span>
              <span className="block text-xs text-slate-600">{t("confirmCohortHint")}</span>
            </span>
          </label>
          {tickError ? (
            <p className="text-sm text-red-700" data-testid={`${id}-error`}>
              {tickError}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

// The fields of one legal representative: IIN, name, mobile phone, relation. `slot` prefixes the field
// names in the enrolment form (rep1Iin …); without it the names are plain (iin, lastName …).
export function ContingentRepresentativeFields({
  slot = "",
  idPrefix = "",
}: {
  slot?: string;
  idPrefix?: string;
}) {
  const t = useTranslations("kgContingent");
  const n = (f: string) => (slot ? `${slot}${f[0]!.toUpperCase()}${f.slice(1)}` : f);
  const relations = [
    { value: "", label: t("chooseRelation") },
    ...RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) })),
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <FormField
        idPrefix={idPrefix}
        name={n("iin")}
        label={t("repIin")}
        inputMode="numeric"
        maxLength={12}
        autoComplete="off"
      />
      <FormField idPrefix={idPrefix} name={n("lastName")} label={t("lastName")} autoComplete="off" />
      <FormField idPrefix={idPrefix} name={n("firstName")} label={t("firstName")} autoComplete="off" />
      <FormField idPrefix={idPrefix} name={n("middleName")} label={t("middleName")} autoComplete="off" />
      <FormField
        idPrefix={idPrefix}
        name={n("phone")}
        type="tel"
        inputMode="tel"
        label={t("phone")}
        placeholder="+7 7__ ___ __ __"
        autoComplete="off"
      />
      <ContingentSelect
        idPrefix={idPrefix}
        name={n("relation")}
        label={t("relationLabel")}
        options={relations}
      />
    </div>
  );
}
