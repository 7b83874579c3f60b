"use client";
import { startTransition, useActionState, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";
import { publishAnnouncementAction } from "@/lib/announcement/actions";
import type { AudienceCode, FamilyOffer } from "@/lib/announcement/audiences";
import { BODY_MAX, TITLE_MAX, type Intent } from "@/lib/announcement/schemas";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formatDate } from "@/lib/format";
import { BodyText } from "./body-text";
import { OrgChooser, type OrgOption } from "./org-chooser";
import { useAudienceText } from "./use-audience-text";

type Step = 1 | 2 | 3;
type State = FormState & {
  step?: "audience" | "review";
  reach?: { total: number; staff: number; parents: number };
};

const STEP_OF_FIELD: Record<string, Step> = { title: 1, body: 1, readBy: 1, codes: 2, orgIds: 2 };

// "Create an announcement" (seeds 001/002 §4) in three steps: the title, the text and an optional read-by
// date → the audience (the families the organisation's kind may address, their sub-roles as checkboxes, and
// for an authority the choice of subordinate organisations) → the review with the number of people it will
// reach → Publish. Each "Next" asks the server, which checks the step with the same rules as publishing
// (field errors bring the wizard back to their step); publishing opens the announcement's page.
export function AnnouncementWizard({
  organizationId,
  families,
  kindergarten,
  orgOptions,
  today,
  base,
}: {
  organizationId: string;
  families: FamilyOffer[];
  /** The author is a kindergarten (its own people only). */
  kindergarten: boolean;
  /** The organisations under an authority, to choose from (empty for a kindergarten). */
  orgOptions: OrgOption[];
  today: string;
  base: string;
}) {
  const t = useTranslations("announcements");
  const locale = useLocale();

  const audienceText = useAudienceText(kindergarten);
  const [step, setStep] = useState<Step>(1);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [readBy, setReadBy] = useState("");
  const [codes, setCodes] = useState<AudienceCode[]>([]);
  const [narrow, setNarrow] = useState(false);
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [reach, setReach] = useState<State["reach"]>();

  async function submit(prev: State, formData: FormData): Promise<State> {
    const state = (await publishAnnouncementAction(prev, formData)) as State;
    if (state.ok && state.step === "audience") setStep(2);
    else if (state.ok && state.step === "review") {
      setReach(state.reach);
      setStep(3);
    } else if (!state.ok && state.fieldErrors) {
      const steps = Object.keys(state.fieldErrors).map((f) => STEP_OF_FIELD[f] ?? 1);
      if (steps.length) setStep(Math.min(...steps) as Step);
    }
    return state;
  }
  const [state, dispatch, pending] = useActionState(submit, initialFormState as State);
  const errorText = useErrorText(state.texts);

  function send(intent: Intent) {
    const fd = new FormData();
    fd.set("intent", intent);
    fd.set("organizationId", organizationId);
    fd.set("title", title);
    fd.set("body", body);
    fd.set("readBy", readBy);
    for (const c of codes) fd.append("codes", c);
    if (narrow) for (const id of orgIds) fd.append("orgIds", id);
    startTransition(() => dispatch(fd));
  }
  const error = (field: string) => (state.ok ? undefined : errorText(state.fieldErrors?.[field]));
  const toggle = (code: AudienceCode, on: boolean) =>
    setCodes((list) => (on ? [...list, code] : list.filter((c) => c !== code)));
  const choosing = useMemo(
    () => codes.some((c) => c.startsWith("subordinate:") || c.startsWith("kindergarten:")) && !kindergarten,
    [codes, kindergarten],
  );
  const steps = [t("wizard.step1"), t("wizard.step2"), t("wizard.step3")];
  const chosenNames = orgOptions.filter((o) => orgIds.includes(o.id)).map((o) => o.name);

  return (
    <form
      className="space-y-5 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      data-testid="announcement-wizard"
      data-step={step}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        send(step === 1 ? "content" : step === 2 ? "review" : "publish");
      }}
    >
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("wizard.steps")}>
        {steps.map((s, i) => (
          <li
            key={s}
            aria-current={step === i + 1 ? "step" : undefined}
            className={step === i + 1 ? "font-semibold text-brand-700" : "text-slate-500"}
          >
            {i + 1}. {s}
          </li>
        ))}
      </ol>

      <fieldset disabled={pending} className="space-y-5">
        <div hidden={step !== 1} className="space-y-4">
          <Field
            id="title"
            label={t("field.title")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={TITLE_MAX}
            required
            error={error("title")}
          />
          <div className="space-y-1">
            <label htmlFor="body" className="block text-sm font-medium text-slate-700">
              {t("field.body")}
            </label>
            <textarea
              id="body"
              name="body"
              rows={10}
              value={body}
              maxLength={BODY_MAX}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={!!error("body")}
              aria-describedby="body-hint"
              className={inputClass}
            />
            <p id="body-hint" className="text-xs text-slate-500">
              {t("field.bodyHint")}
            </p>
            {error("body") ? (
              <p className="text-sm text-red-700" data-testid="body-error">
                {error("body")}
              </p>
            ) : null}
          </div>
          <Field
            id="readBy"
            type="date"
            label={t("field.readBy")}
            hint={t("field.readByHint")}
            value={readBy}
            min={today}
            onChange={(e) => setReadBy(e.target.value)}
            error={error("readBy")}
          />
          <Button type="submit" data-testid="wizard-next-1">
            {t("wizard.next")}
          </Button>
        </div>

        <div hidden={step !== 2} className="space-y-4">
          {families.map((f) => (
            <fieldset key={f.family} className="space-y-2 rounded-md p-3 ring-1 ring-slate-200">
              <legend className="px-1 text-sm font-semibold text-slate-800">
                {audienceText.family(f.family)}
              </legend>
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {f.codes.map((code) => (
                  <label key={code} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={codes.includes(code)}
                      onChange={(e) => toggle(code, e.target.checked)}
                      className="h-5 w-5 accent-brand-600"
                      data-testid={`audience-${code.replace(":", "-")}`}
                    />
                    {audienceText.code(code)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {error("codes") ? (
            <p className="text-sm text-red-700" data-testid="codes-error" role="alert">
              {error("codes")}
            </p>
          ) : null}
          {choosing ? (
            <fieldset className="space-y-2 rounded-md p-3 ring-1 ring-slate-200">
              <legend className="px-1 text-sm font-semibold text-slate-800">{t("wizard.whichOrgs")}</legend>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="narrow"
                  checked={!narrow}
                  onChange={() => setNarrow(false)}
                  className="h-5 w-5 accent-brand-600"
                  data-testid="orgs-all"
                />
                {t("wizard.allOrgs")}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="narrow"
                  checked={narrow}
                  onChange={() => setNarrow(true)}
                  className="h-5 w-5 accent-brand-600"
                  data-testid="orgs-chosen"
                />
                {t("wizard.chosenOrgs")}
              </label>
              {narrow ? <OrgChooser options={orgOptions} chosen={orgIds} onChange={setOrgIds} /> : null}
              {error("orgIds") ? (
                <p className="text-sm text-red-700" data-testid="orgIds-error" role="alert">
                  {error("orgIds")}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={() => setStep(1)}>
              {t("wizard.back")}
            </Button>
            <Button type="submit" data-testid="wizard-next-2">
              {t("wizard.next")}
            </Button>
          </div>
        </div>

        <div hidden={step !== 3} className="space-y-4" data-testid="wizard-review">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-slate-500">{t("field.title")}</dt>
              <dd className="font-semibold text-slate-900">{title}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("field.body")}</dt>
              <dd className="rounded-md bg-slate-50 p-3">
                <BodyText text={body} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("field.readBy")}</dt>
              <dd>{readBy ? formatDate(new Date(`${readBy}T00:00:00Z`), locale) : t("noReadBy")}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("wizard.step2")}</dt>
              <dd>
                {audienceText.summary(codes)}
                {narrow && choosing && chosenNames.length
                  ? ` · ${t("onlyIn", { names: chosenNames.join(", ") })}`
                  : ""}
              </dd>
            </div>
          </dl>
          {reach ? (
            <Alert tone="info" testId="wizard-reach">
              {t("wizard.reach", { total: reach.total, staff: reach.staff, parents: reach.parents })}
            </Alert>
          ) : null}
          <p className="text-xs text-slate-500">{t("noEditing")}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="secondary" onClick={() => setStep(2)}>
              {t("wizard.back")}
            </Button>
            <Button type="submit" data-testid="wizard-publish">
              {t("wizard.publish")}
            </Button>
          </div>
        </div>
      </fieldset>

      {state.message ? (
        <Alert tone={state.ok ? "success" : "error"} testId="wizard-message">
          {errorText(state.message, state.messageValues)}
        </Alert>
      ) : null}
      <p className="text-sm">
        <Link href={base} className={buttonClass("ghost")}>
          {t("wizard.cancel")}
        </Link>
      </p>
    </form>
  );
}
