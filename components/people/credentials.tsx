"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { useErrorText } from "@/components/auth/use-error-text";
import type { CredentialsState } from "@/lib/people/staff/actions";

type Slip = { personName: string; organization: string; portalUrl: string; issuedOn: string };

// "Generate a login and password": one press issues the credentials; the answer (the only place
// the clear password ever exists) is rendered as a printable invitation slip and is gone on reload.
export function StaffCredentials({
  action,
  membershipId,
  hasCredentials,
  slip,
  backHref,
}: {
  action: (prev: CredentialsState, formData: FormData) => Promise<CredentialsState>;
  membershipId: string;
  hasCredentials: boolean;
  slip: Slip;
  backHref: string;
}) {
  const t = useTranslations("people.credentials");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const errorText = useErrorText(state.texts);
  const issued = state.credentials;
  if (issued) {
    return (
      <div className="space-y-4">
        <div className="no-print">
          <Alert tone="warning" testId="staff-slip-issued">
            {t("issued")}
          </Alert>
        </div>
        <StaffSlip {...slip} login={issued.login} password={issued.password} />
        <div className="no-print flex flex-wrap gap-3">
          <Button type="button" onClick={() => window.print()} data-testid="staff-slip-print">
            {t("print")}
          </Button>
          <Link href={backHref} className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} className="no-print space-y-4" data-testid="staff-credentials-form">
      <input type="hidden" name="membershipId" value={membershipId} />
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {hasCredentials ? (
        <Alert tone="warning" testId="staff-credentials-reset-warning">
          {t("resetWarning")}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending} data-testid="staff-credentials-generate">
        {t("generate")}
      </Button>
      {state.message ? (
        <Alert tone="error" testId="staff-credentials-message">
          {errorText(state.message)}
        </Alert>
      ) : null}
    </form>
  );
}

/** What the slip says besides the login and password. */
export type SlipInfo = Slip;

// The invitation slip as printed: who, where, the portal address, the login and the one-time password.
export function StaffSlip({
  personName,
  organization,
  portalUrl,
  issuedOn,
  login,
  password,
}: Slip & { login: string; password: string }) {
  const t = useTranslations("people.credentials");
  const row = "grid gap-1 sm:grid-cols-[12rem_1fr] print:grid-cols-[12rem_1fr]";
  return (
    <section
      className="max-w-2xl rounded-lg border-2 border-dashed border-slate-400 bg-white p-6 text-slate-900"
      data-testid="staff-slip"
    >
      <h2 className="mb-4 text-xl font-bold">{t("slipHeading")}</h2>
      <dl className="space-y-2 text-base">
        <div className={row}>
          <dt className="text-slate-600">{t("slipFor")}</dt>
          <dd className="font-medium">{personName}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("slipOrganization")}</dt>
          <dd>{organization}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("slipPortal")}</dt>
          <dd className="break-all font-mono">{portalUrl}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("login")}</dt>
          <dd className="font-mono text-lg font-semibold" data-testid="staff-slip-login">
            {login}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("password")}</dt>
          <dd className="font-mono text-lg font-semibold tracking-wider" data-testid="staff-slip-password">
            {password}
          </dd>
        </div>
      </dl>
      <ol className="mt-4 list-decimal space-y-1 pl-5 text-sm">
        <li>{t("slipSteps")}</li>
        <li>{t("slipChange")}</li>
      </ol>
      <p className="mt-3 text-sm font-medium">{t("slipKeep")}</p>
      <p className="mt-3 text-xs text-slate-500">{t("slipIssued", { date: issuedOn })}</p>
    </section>
  );
}
