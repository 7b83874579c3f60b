"use client";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "./use-error-text";

// Form for a new password; on success goes on to the person's home.
export function ChangePasswordForm() {
  const t = useTranslations("changePassword");
  const router = useRouter();
  const [state, action, pending] = useActionState(changePasswordAction, initialFormState);
  const errorText = useErrorText(state.texts);
  useEffect(() => {
    if (state.ok) router.replace("/welcome");
    router.refresh();
  }, [state.ok, router]);
  return (
    <form action={action} className="space-y-4" data-testid="change-password-form">
      <fieldset disabled={pending} className="space-y-4">
        <Field
          id="current"
          type="password"
          autoComplete="current-password"
          label={t("current")}
          error={errorText(state.fieldErrors?.current)}
          required
        />
        <Field
          id="next"
          type="password"
          autoComplete="new-password"
          label={t("next")}
          hint={t("rules")}
          error={errorText(state.fieldErrors?.next)}
          required
        />
        <Field
          id="repeat"
          type="password"
          autoComplete="new-password"
          label={t("repeat")}
          error={errorText(state.fieldErrors?.repeat)}
          required
        />
        <Button type="submit" data-testid="change-password-submit">
          {t("submit")}
        </Button>
      </fieldset>
      {state.message ? <Alert tone="error">{errorText(state.message)}</Alert> : null}
      {state.ok ? <Alert tone="success">{t("done")}</Alert> : null}
    </form>
  );
}
