"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { useFormStateContext } from "@/components/forms/action-form";
import { useErrorText } from "@/components/auth/use-error-text";
import { KG_STAFF_ROLES, QUALIFICATIONS, type KgStaffRole } from "@/lib/kindergarten/staff/roles";

const MANAGER_ROLES: KgStaffRole[] = ["KG_DIRECTOR", "KG_DEPUTY", "KG_ADMIN"];

type Values = Record<string, string | undefined>;

// After a failed submit, what was submitted (selects and checkboxes are remounted with it,
// since a form action resets them to their first default).
function useKept() {
  const state = useFormStateContext();
  return state.ok || !state.values ? null : state.values;
}

// A checkbox inside an ActionForm with the server's translated error for its name.
export function StaffCheckbox({
  name,
  label,
  hint,
  value = "1",
  defaultChecked,
  idPrefix = "",
  testId,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  idPrefix?: string;
  testId?: string;
}) {
  const state = useFormStateContext();
  const error = useErrorText()(state.fieldErrors?.[name]);
  const id = `${idPrefix}${name}-${value}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex items-start gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          data-testid={testId}
          aria-invalid={!!error}
          className="mt-0.5 h-5 w-5 shrink-0 rounded border-slate-300 accent-brand-600"
        />
        <span>
          <span className="font-medium text-slate-800">{label}</span>
          {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
        </span>
      </label>
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

// Personal data fields of a staff member (surname, name, patronymic, birth date, sex, contacts).
export function StaffPersonFields({
  values = {},
  sexFromIin = false,
}: {
  values?: Values;
  sexFromIin?: boolean;
}) {
  const t = useTranslations("kgStaff");
  const kept = useKept();
  const unset = sexFromIin ? t("field.sexFromIin") : t("field.sexUnset");
  return (
    <>
      <FormField
        name="lastName"
        label={t("field.lastName")}
        defaultValue={values.lastName}
        autoComplete="off"
        required
      />
      <FormField
        name="firstName"
        label={t("field.firstName")}
        defaultValue={values.firstName}
        autoComplete="off"
        required
      />
      <FormField
        name="middleName"
        label={t("field.middleName")}
        defaultValue={values.middleName}
        autoComplete="off"
      />
      <FormField
        name="birthDate"
        type="date"
        label={t("field.birthDate")}
        hint={sexFromIin ? t("field.birthDateHint") : undefined}
        defaultValue={values.birthDate}
      />
      <FormSelect
        key={`sex-${kept?.sex}`}
        name="sex"
        label={t("field.sex")}
        defaultValue={kept?.sex ?? values.sex ?? ""}
        options={[
          { value: "", label: unset },
          { value: "MALE", label: t("sex.MALE") },
          { value: "FEMALE", label: t("sex.FEMALE") },
        ]}
      />
      <FormField
        name="phone"
        type="tel"
        inputMode="tel"
        label={t("field.phone")}
        defaultValue={values.phone}
        autoComplete="off"
      />
      <FormField
        name="email"
        type="email"
        label={t("field.email")}
        defaultValue={values.email}
        autoComplete="off"
      />
    </>
  );
}

// Employment fields: role, position, qualification category, administrator rights, start date. The
// manager roles and administrator rights are offered only to whom may make someone a manager (the
// director, the authority: the policy's "staff.manage").
export function StaffEmploymentFields({
  values = {},
  isAdministrator = false,
  managerRoles = true,
}: {
  values?: Values;
  isAdministrator?: boolean;
  managerRoles?: boolean;
}) {
  const t = useTranslations("kgStaff");
  const tRole = useTranslations("memberRole");
  const tQ = useTranslations("qualification");
  const kept = useKept();
  return (
    <>
      <FormSelect
        key={`role-${kept?.role}`}
        name="role"
        label={t("field.role")}
        defaultValue={kept?.role ?? values.role ?? "EDUCATOR"}
        required
        options={KG_STAFF_ROLES.filter((r) => managerRoles || !MANAGER_ROLES.includes(r)).map((r) => ({
          value: r,
          label: tRole(r),
        }))}
      />
      <FormField name="positionTitle" label={t("field.positionTitle")} defaultValue={values.positionTitle} />
      <FormSelect
        key={`q-${kept?.qualification}`}
        name="qualification"
        label={t("field.qualification")}
        defaultValue={kept?.qualification ?? values.qualification ?? ""}
        options={[
          { value: "", label: t("field.qualificationUnset") },
          ...QUALIFICATIONS.map((q) => ({ value: q, label: tQ(q) })),
        ]}
      />
      <FormField
        name="arrivedAt"
        type="date"
        label={t("field.arrivedAt")}
        defaultValue={values.arrivedAt}
        required
      />
      {managerRoles ? (
        <div className="sm:col-span-2">
          <StaffCheckbox
            key={`admin-${kept ? (kept.isAdministrator ?? "0") : "init"}`}
            name="isAdministrator"
            label={t("field.isAdministrator")}
            hint={t("field.isAdministratorHint")}
            defaultChecked={kept ? kept.isAdministrator === "1" : isAdministrator}
            testId="staff-is-admin"
          />
        </div>
      ) : null}
    </>
  );
}
