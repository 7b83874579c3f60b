"use client";
import { useActionState, useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useWelcomePath } from "@/components/auth/use-welcome-path";
import { requestSignInCodeAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "./use-error-text";

// Parent sign-in by one-time code (seed 000): phone + own IIN → SMS code → code.
export function ParentSignIn() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const welcomePath = useWelcomePath();
  const [state, requestCode, sending] = useActionState(requestSignInCodeAction, initialFormState);
  const errorText = useErrorText(state.texts);
  const [codeError, setCodeError] = useState<string>();
  const [verifying, setVerifying] = useState(false);
  const sent = state.ok && state.values;

  async function verify(formData: FormData) {
    if (!sent) return;
    setVerifying(true);
    setCodeError(undefined);
    const code = String(formData.get("code") ?? "").trim();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(errorText("validation.code"));
      setVerifying(false);
      return;
    }
    const res = await signIn("otp", { redirect: false, phone: sent.phone, iin: sent.iin, code });
    if (res?.ok && !res.error) {
      router.replace(welcomePath);
      router.refresh();
      return;
    }
    setCodeError(errorText(`errors.${res?.error ?? "internal"}`));
    setVerifying(false);
  }

  return (
    <div className="space-y-4" data-testid="parent-sign-in">
      <form action={requestCode} className="space-y-4">
        <fieldset disabled={sending || !!sent} className="space-y-4">
          <Field
            id="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            label={t("phone")}
            hint={t("phoneHint")}
            defaultValue={state.values?.phone ?? ""}
            error={errorText(state.fieldErrors?.phone)}
            required
          />
          <Field
            id="iin"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            label={t("iin")}
            hint={t("iinHint")}
            defaultValue={state.values?.iin ?? ""}
            error={errorText(state.fieldErrors?.iin)}
            required
          />
          {!sent ? (
            <Button type="submit" data-testid="send-code">
              {sending ? t("sending") : t("sendCode")}
            </Button>
          ) : null}
        </fieldset>
        {state.message ? (
          <Alert tone="error" testId="sign-in-error">
            {errorText(state.message, { seconds: 60 })}
          </Alert>
        ) : null}
      </form>
      <p className="text-xs text-slate-500">{t("bmgNote")}</p>
      {sent ? (
        <form action={verify} className="space-y-4 border-t border-slate-200 pt-4">
          <Alert tone="info" testId="code-sent">
            {t("codeSent", { phone: sent.phone ?? "" })}
          </Alert>
          <fieldset disabled={verifying} className="space-y-4">
            <Field
              id="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              label={t("code")}
              error={codeError}
              required
              autoFocus
            />
            <Button type="submit" data-testid="verify-code">
              {verifying ? t("verifying") : t("signInButton")}
            </Button>
          </fieldset>
        </form>
      ) : null}
    </div>
  );
}
