"use client";
import { useActionState, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";
import {
  addExistingAction,
  addStaffAction,
  type AddState,
  type CreatedPerson,
} from "@/lib/people/staff/actions";
import type { StaffRole } from "@/lib/people/staff/roles";
import { formatDate } from "@/lib/format";
import { FieldErrors, StaffPersonFields, StaffRoleFields } from "./fields";
import { StaffSlip, type SlipInfo } from "./credentials";

type Way = "new" | "existing";
type Values = Record<string, string>;

// What step 2 asks for each way (seed 002): a new person's role, arrival, names, birth date, sex, IIN and
// optional contacts; an existing user's role, arrival, surname, name and login.
const FIELDS: Record<Way, string[]> = {
  new: [
    "role",
    "arrivedAt",
    "lastName",
    "firstName",
    "middleName",
    "birthDate",
    "sex",
    "iin",
    "phone",
    "email",
  ],
  existing: ["role", "arrivedAt", "lastName", "firstName", "login"],
};
const REQUIRED: Record<Way, string[]> = {
  new: ["role", "arrivedAt", "lastName", "firstName", "iin"],
  existing: ["role", "arrivedAt", "lastName", "firstName", "login"],
};

// The "add participant" wizard (seed 002, "Добавление участника"): 1. the way — a new person or an existing
// user from another organisation; 2. the data; 3. the review, ending in "Create" or "Create and add another"
// (which starts again at step 1, keeping the role and the arrival date). The server checks everything again
// (the same schema and rules as every action); its field errors bring the wizard back to step 2. A new
// person's invitation slip (login and one-time password) is shown once, above, to print.
export function AddWizard({
  organizationId,
  roles,
  managerRoles,
  today,
  base,
  slip,
}: {
  organizationId: string;
  roles: readonly StaffRole[];
  managerRoles: boolean;
  today: string;
  base: string;
  slip: Omit<SlipInfo, "personName">;
}) {
  const t = useTranslations("people");
  const tRole = useTranslations("memberRole");
  const locale = useLocale();
  const [step, setStep] = useState<1 | 2 | 3 | "done">(1);
  const [way, setWay] = useState<Way>("new");
  const [values, setValues] = useState<Values>({ arrivedAt: today });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedPerson[]>([]);
  const form = useRef<HTMLFormElement>(null);

  async function submit(prev: AddState, formData: FormData): Promise<AddState> {
    const action = formData.get("way") === "existing" ? addExistingAction : addStaffAction;
    const state = await action(prev, formData);
    if (state.ok && state.created) {
      const added = state.created;
      setCreated((list) => [added, ...list]);
      setErrors({});
      if (added.another) {
        setValues((v) => ({ role: v.role ?? "", arrivedAt: v.arrivedAt ?? today }));
        setStep(1);
      } else setStep("done");
    } else if (state.fieldErrors && Object.keys(state.fieldErrors).length) {
      setErrors(state.fieldErrors);
      setStep(2);
    }
    return state;
  }
  const [state, formAction, pending] = useActionState(submit, { ok: false });
  const errorText = useErrorText(state.texts);

  // Step 2 → 3: the required fields must be filled (the server checks the rest and sends us back here).
  function review() {
    const data = new FormData(form.current!);
    const next: Values = {};
    for (const name of FIELDS[way]) next[name] = String(data.get(name) ?? "").trim();
    const missing: Record<string, string> = {};
    for (const name of REQUIRED[way]) if (!next[name]) missing[name] = "validation.required";
    setValues(next);
    setErrors(missing);
    if (Object.keys(missing).length === 0) setStep(3);
  }
  function restart() {
    setValues((v) => ({ role: v.role ?? "", arrivedAt: v.arrivedAt ?? today }));
    setErrors({});
    setStep(1);
  }

  const label = (name: string): string => {
    switch (name) {
      case "iin":
        return t("field.iin");
      case "login":
        return t("field.login");
      default:
        return t(`field.${name}` as "field.lastName");
    }
  };
  const shown = (name: string, value: string): string => {
    if (!value) return "—";
    if (name === "role") return tRole(value as StaffRole);
    if (name === "sex") return t(`sex.${value as "MALE" | "FEMALE"}`);
    if (name === "arrivedAt" || name === "birthDate")
      return formatDate(new Date(`${value}T00:00:00Z`), locale);
    return value;
  };
  const steps = [t("wizard.step1"), t("wizard.step2"), t("wizard.step3")];
  const current = step === "done" ? 3 : step;

  return (
    <div className="space-y-6">
      {created.map((c) => (
        <section
          key={c.membershipId}
          className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-emerald-200 sm:p-6"
          data-testid="people-created"
          data-membership-id={c.membershipId}
        >
          <h2 className="no-print text-lg font-semibold text-emerald-800">
            {t("created.title", { name: c.name })}
          </h2>
          {c.invitation ? (
            <>
              <p className="no-print text-sm text-slate-700">{t("created.slipLead")}</p>
              <StaffSlip
                personName={c.name}
                {...slip}
                login={c.invitation.login}
                password={c.invitation.password}
              />
            </>
          ) : c.noInvitation ? (
            <p className="no-print text-sm text-slate-700" data-testid="people-created-no-invitation">
              {errorText(c.noInvitation)}
            </p>
          ) : null}
          <div className="no-print flex flex-wrap gap-3">
            {c.invitation ? (
              <Button type="button" variant="secondary" onClick={() => window.print()}>
                {t("credentials.print")}
              </Button>
            ) : null}
            <Link
              href={`${base}/${c.membershipId}`}
              className={buttonClass("secondary")}
              data-testid="people-created-open"
            >
              {t("created.open")}
            </Link>
          </div>
        </section>
      ))}

      {step === "done" ? (
        <div className="no-print">
          <Button type="button" onClick={restart} data-testid="people-wizard-again">
            {t("created.again")}
          </Button>
        </div>
      ) : (
        <section
          className="no-print space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
          data-testid="people-wizard"
          data-step={current}
        >
          <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("wizard.steps")}>
            {steps.map((s, i) => (
              <li
                key={s}
                aria-current={current === i + 1 ? "step" : undefined}
                className={current === i + 1 ? "font-semibold text-brand-700" : "text-slate-500"}
              >
                {s}
              </li>
            ))}
          </ol>

          {step === 1 ? (
            <fieldset className="space-y-3">
              <legend className="mb-2 text-lg font-semibold">{t("wizard.wayTitle")}</legend>
              {(["new", "existing"] as const).map((w) => (
                <label key={w} className="flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    name="way-choice"
                    value={w}
                    checked={way === w}
                    onChange={() => setWay(w)}
                    className="mt-0.5 h-5 w-5 accent-brand-600"
                    data-testid={`people-way-${w}`}
                  />
                  <span>
                    <span className="font-medium text-slate-800">
                      {w === "new" ? t("wizard.wayNew") : t("wizard.wayExisting")}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {w === "new" ? t("wizard.wayNewHint") : t("wizard.wayExistingHint")}
                    </span>
                  </span>
                </label>
              ))}
              <Button type="button" onClick={() => setStep(2)} data-testid="people-wizard-next">
                {t("wizard.next")}
              </Button>
            </fieldset>
          ) : null}

          {step === 2 ? (
            <form
              ref={form}
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                review();
              }}
              className="space-y-4"
              data-testid="people-wizard-data"
            >
              <FieldErrors errors={errors} texts={state.texts}>
                <div className="grid gap-3 sm:grid-cols-2">
                  <StaffRoleFields roles={roles} managerRoles={managerRoles} values={values} />
                  {way === "new" ? (
                    <>
                      <Field
                        id="iin"
                        name="iin"
                        label={t("field.iin")}
                        hint={t("field.iinHint")}
                        inputMode="numeric"
                        maxLength={14}
                        autoComplete="off"
                        required
                        defaultValue={values.iin}
                        error={errorText(errors.iin)}
                      />
                      <StaffPersonFields values={values} sexFromIin />
                    </>
                  ) : (
                    <>
                      <StaffPersonFields values={values} namesOnly />
                      <Field
                        id="login"
                        name="login"
                        label={t("field.login")}
                        hint={t("field.loginHint")}
                        autoComplete="off"
                        required
                        defaultValue={values.login}
                        error={errorText(errors.login)}
                      />
                    </>
                  )}
                </div>
              </FieldErrors>
              {Object.keys(errors).length &&
              Object.values(errors).every((k) => k === "validation.required") ? (
                <Alert tone="error" testId="people-wizard-required">
                  {t("wizard.fillRequired")}
                </Alert>
              ) : null}
              <div className="flex flex-wrap gap-3">
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => setStep(1)}
                  data-testid="people-wizard-back"
                >
                  {t("wizard.back")}
                </Button>
                <Button type="submit" data-testid="people-wizard-review">
                  {t("wizard.next")}
                </Button>
              </div>
            </form>
          ) : null}

          {step === 3 ? (
            <form action={formAction} className="space-y-4" data-testid="people-wizard-review-form">
              <h2 className="text-lg font-semibold">{t("wizard.reviewTitle")}</h2>
              <p className="text-sm text-slate-600">{t("wizard.reviewLead")}</p>
              <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="people-review">
                <div>
                  <dt className="text-slate-500">{t("wizard.step1")}</dt>
                  <dd>{way === "new" ? t("wizard.wayNew") : t("wizard.wayExisting")}</dd>
                </div>
                {FIELDS[way].map((name) => (
                  <div key={name}>
                    <dt className="text-slate-500">{label(name)}</dt>
                    <dd data-testid={`people-review-${name}`}>{shown(name, values[name] ?? "")}</dd>
                  </div>
                ))}
              </dl>
              <input type="hidden" name="organizationId" value={organizationId} />
              <input type="hidden" name="way" value={way} />
              {FIELDS[way].map((name) => (
                <input key={name} type="hidden" name={name} value={values[name] ?? ""} />
              ))}
              {state.message && !state.ok ? (
                <Alert tone="error" testId="people-wizard-message">
                  {errorText(state.message, state.messageValues)}
                </Alert>
              ) : null}
              <fieldset disabled={pending} className="flex flex-wrap gap-3">
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => setStep(2)}
                  data-testid="people-wizard-back"
                >
                  {t("wizard.back")}
                </Button>
                <Button type="submit" name="then" value="done" data-testid="people-create">
                  {t("wizard.create")}
                </Button>
                <Button
                  type="submit"
                  name="then"
                  value="another"
                  variant="secondary"
                  data-testid="people-create-another"
                >
                  {t("wizard.createAnother")}
                </Button>
              </fieldset>
            </form>
          ) : null}
        </section>
      )}
    </div>
  );
}
