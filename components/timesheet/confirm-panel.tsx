"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  confirmWithCodeAction,
  edsConfirmCompleteAction,
  edsConfirmPrepareAction,
  requestConfirmationCodeAction,
} from "@/lib/timesheet/actions";
import { useRouter } from "@/i18n/navigation";
import { EdsSignFlow } from "@/components/eds/eds-sign-flow";
import { initialFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";

type Ref = { childId: string; organizationId: string; year: number; month: number };

// "Confirm": with the EDS signing key through NCALayer, or with a one-time code sent by SMS —
// either way the signature covers exactly the data on the screen.
export function ConfirmPanel({ sheet, ncaLayerUrl, iin }: { sheet: Ref; ncaLayerUrl: string; iin?: string }) {
  const t = useTranslations("timesheet");
  const router = useRouter();
  const errorText = useErrorText();
  const [sent, requestCode, sending] = useActionState(requestConfirmationCodeAction, initialFormState);
  const [done, confirm, confirming] = useActionState(confirmWithCodeAction, initialFormState);
  const hidden = Object.entries(sheet).map(([k, v]) => (
    <input key={k} type="hidden" name={k} value={String(v)} />
  ));
  if (done.ok)
    return (
      <Alert tone="success" testId="confirm-done">
        {t("confirmed")}
      </Alert>
    );
  return (
    <div className="space-y-3" data-testid="confirm-panel">
      <EdsSignFlow
        ncaLayerUrl={ncaLayerUrl}
        keyType="SIGNATURE"
        iin={iin}
        label={t("signWithEds")}
        testId="confirm-eds"
        prepare={() => edsConfirmPrepareAction(sheet)}
        complete={async (signedXml, token) => {
          const res = await edsConfirmCompleteAction({ ...sheet, hash: token ?? "", signedXml });
          if (res.ok) router.refresh();
          return res;
        }}
      />
      <p className="text-sm text-slate-600">{t("orByCode")}</p>
      <form action={requestCode}>
        {hidden}
        <Button type="submit" disabled={sending} data-testid="confirm-start">
          {sent.ok ? t("resendCode") : t("confirm")}
        </Button>
      </form>
      {sent.message && !sent.ok ? (
        <Alert tone="error" testId="confirm-error">
          {errorText(sent.message, { seconds: 60 })}
        </Alert>
      ) : null}
      {sent.ok && sent.values ? (
        <form action={confirm} className="space-y-3">
          {hidden}
          <input type="hidden" name="hash" value={sent.values.hash} />
          <Alert tone="info">{t("codeSent", { phone: sent.values.phone ?? "" })}</Alert>
          <fieldset disabled={confirming} className="space-y-3">
            <Field
              id="confirm-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              label={t("code")}
              error={errorText(done.fieldErrors?.code)}
              required
            />
            <Button type="submit" data-testid="confirm-submit">
              {t("signWithCode")}
            </Button>
          </fieldset>
          {done.message && !done.ok ? (
            <Alert tone="error" testId="confirm-error">
              {errorText(done.message)}
            </Alert>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
