"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useWelcomePath } from "@/components/auth/use-welcome-path";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "./use-error-text";

// Staff and authority officers: login and password (also the invitation's first-login pair).
export function StaffSignIn() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const welcomePath = useWelcomePath();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(formData: FormData) {
    setPending(true);
    setError(undefined);
    const login = String(formData.get("login") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    if (!login || !password) {
      setError(errorText("validation.required"));
      setPending(false);
      return;
    }
    const res = await signIn("password", { redirect: false, login, password });
    if (res?.ok && !res.error) {
      router.replace(welcomePath);
      router.refresh();
      return;
    }
    setError(errorText(`errors.${res?.error ?? "internal"}`));
    setPending(false);
  }

  return (
    <form action={submit} className="space-y-4" data-testid="staff-sign-in">
      <fieldset disabled={pending} className="space-y-4">
        <Field id="login" autoComplete="username" label={t("login")} required />
        <Field id="password" type="password" autoComplete="current-password" label={t("password")} required />
        <Button type="submit" data-testid="staff-submit">
          {pending ? t("verifying") : t("signInButton")}
        </Button>
      </fieldset>
      {error ? (
        <Alert tone="error" testId="sign-in-error">
          {error}
        </Alert>
      ) : null}
    </form>
  );
}
