"use client";
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { useFormStateContext } from "@/components/forms/action-form";
import { useFieldState } from "@/components/forms/field-state";
import { useErrorText } from "@/components/auth/use-error-text";
import { MANAGER_ROLES, QUALIFICATIONS, type StaffRole } from "@/lib/people/staff/roles";

type Values = Record<string, string | undefined>;

/** Field errors (translation keys) given from outside an ActionForm: the add wizard's. */
const ErrorsContext = createContext<{
  errors: Record<string, string>;
  texts?: Record<string, string>;
} | null>(null);

// Gives the fields inside the errors of a form that is not an ActionForm (the wizard's steps).
export function FieldErrors({
  errors,
  texts,
  children,
}: {
  errors: Record<string, string>;
  /** The errors' texts as the server sent them. */
  texts?: Record<string, string>;
  children: ReactNode;
}) {
  return <ErrorsContext.Provider value={{ errors, texts }}>{children}</ErrorsContext.Provider>;
}

// A field's translated error and kept value: from the wizard's errors, else from the enclosing ActionForm.
function useField(name: string) {
  const given = useContext(ErrorsContext);
  const errorText = useErrorText(given?.texts);
  const inForm = useFieldState(name);
  return given ? { error: errorText(given.errors[name]), kept: undefined } : inForm;
}

// After a failed submit of an ActionForm, what was submitted (selects and checkboxes are remounted with it,
// since a form action resets them to their first default).
function useKept() {
  const state = useFormStateContext();
  return state.ok || !state.values ? null : state.values;
}

function TextField({
  name,
  label,
  hint,
  value,
  required,
  type = "text",
  ...rest
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value?: string;
  required?: boolean;
  type?: string;
  inputMode?: "numeric" | "tel" | "text";
  maxLength?: number;
}) {
  const { error, kept } = useField(name);
  return (
    <Field
      id={name}
      name={name}
      type={type}
      label={label}
      hint={hint}
      required={required}
      defaultValue={kept ?? value}
      error={error}
      autoComplete="off"
      {...rest}
    />
  );
}

function SelectField({
  name,
  label,
  value,
  options,
  required,
}: {
  name: string;
  label: ReactNode;
  value?: string;
  options: { value: string; label: string }[];
  required?: boolean;
}) {
  const { error, kept } = useField(name);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        key={kept ?? value ?? "initial"}
        id={name}
        name={name}
        required={required}
        defaultValue={kept ?? value ?? ""}
        aria-invalid={!!error}
        aria-describedby={error ? `${name}-error` : undefined}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700" data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

// A checkbox with the translated error for its name (inside an ActionForm or the wizard).
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
  const { error } = useField(name);
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

// Personal data fields (surname, name, patronymic, birth date, sex, contacts; or the surname and name only).
export function StaffPersonFields({
  values = {},
  sexFromIin = false,
  namesOnly = false,
}: {
  values?: Values;
  sexFromIin?: boolean;
  namesOnly?: boolean;
}) {
  const t = useTranslations("people");
  const kept = useKept();
  const unset = sexFromIin ? t("field.sexFromIin") : t("field.sexUnset");
  const names = (
    <>
      <TextField name="lastName" label={t("field.lastName")} value={values.lastName} required />
      <TextField name="firstName" label={t("field.firstName")} value={values.firstName} required />
    </>
  );
  if (namesOnly) return names;
  return (
    <>
      {names}
      <TextField name="middleName" label={t("field.middleName")} value={values.middleName} />
      <TextField
        name="birthDate"
        type="date"
        label={t("field.birthDate")}
        hint={sexFromIin ? t("field.birthDateHint") : undefined}
        value={values.birthDate}
      />
      <SelectField
        name="sex"
        label={t("field.sex")}
        value={kept?.sex ?? values.sex ?? ""}
        options={[
          { value: "", label: unset },
          { value: "MALE", label: t("sex.MALE") },
          { value: "FEMALE", label: t("sex.FEMALE") },
        ]}
      />
      <TextField name="phone" type="tel" inputMode="tel" label={t("field.phone")} value={values.phone} />
      <TextField name="email" type="email" label={t("field.email")} value={values.email} />
    </>
  );
}

// The role (of those the organisation's kind offers; the manager roles only to whom may make someone a
// manager: the policy's "staff.manage") and the arrival date.
export function StaffRoleFields({
  roles,
  values = {},
  managerRoles = true,
}: {
  roles: readonly StaffRole[];
  values?: Values;
  managerRoles?: boolean;
}) {
  const t = useTranslations("people");
  const tRole = useTranslations("memberRole");
  const kept = useKept();
  const offered = roles.filter((r) => managerRoles || !MANAGER_ROLES.includes(r));
  return (
    <>
      <SelectField
        name="role"
        label={t("field.role")}
        value={kept?.role ?? (values.role || (offered.find((r) => r === "EDUCATOR") ?? offered.at(-1)))}
        required
        options={offered.map((r) => ({ value: r, label: tRole(r) }))}
      />
      <TextField
        name="arrivedAt"
        type="date"
        label={t("field.arrivedAt")}
        value={values.arrivedAt}
        required
      />
    </>
  );
}

// The employment beyond the role and date: public position title, structural unit (when the organisation has
// units), qualification (a kindergarten's), and the extra rights on the organisation's profile —
// administrator (only to whom may make someone a manager), moderator, editor.
export function StaffEmploymentFields({
  values = {},
  rights = { isAdministrator: false, isModerator: false, isEditor: false },
  managerRoles = true,
  qualification = true,
  units = [],
}: {
  values?: Values;
  rights?: { isAdministrator: boolean; isModerator: boolean; isEditor: boolean };
  managerRoles?: boolean;
  qualification?: boolean;
  units?: { id: string; name: string }[];
}) {
  const t = useTranslations("people");
  const tQ = useTranslations("qualification");
  const kept = useKept();
  const checked = (name: keyof typeof rights) => (kept ? kept[name] === "1" : rights[name]);
  const box = (name: keyof typeof rights, hint: string) => (
    <StaffCheckbox
      key={`${name}-${kept ? (kept[name] ?? "0") : "init"}`}
      name={name}
      label={t(`field.${name}`)}
      hint={hint}
      defaultChecked={checked(name)}
      testId={`people-right-${name}`}
    />
  );
  return (
    <>
      <TextField name="positionTitle" label={t("field.positionTitle")} value={values.positionTitle} />
      {units.length ? (
        <SelectField
          name="unitId"
          label={t("field.unit")}
          value={kept?.unitId ?? values.unitId ?? ""}
          options={[
            { value: "", label: t("field.unitUnset") },
            ...units.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
      ) : null}
      {qualification ? (
        <SelectField
          name="qualification"
          label={t("field.qualification")}
          value={kept?.qualification ?? values.qualification ?? ""}
          options={[
            { value: "", label: t("field.qualificationUnset") },
            ...QUALIFICATIONS.map((q) => ({ value: q, label: tQ(q) })),
          ]}
        />
      ) : null}
      <fieldset className="space-y-2 sm:col-span-2" data-testid="people-rights">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("rightsTitle")}</legend>
        {managerRoles ? (
          box("isAdministrator", t("field.isAdministratorHint"))
        ) : rights.isAdministrator ? (
          <input type="hidden" name="isAdministrator" value="1" />
        ) : null}
        {box("isModerator", t("field.isModeratorHint"))}
        {box("isEditor", t("field.isEditorHint"))}
      </fieldset>
    </>
  );
}
