import { ClientMessages } from "@/components/i18n/client-messages";
import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";

// Staff password change; forced at the first sign-in with invitation credentials.
export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await getActor();
  if (!actor || actor.audience !== "staff") return redirect({ href: "/sign-in?as=staff", locale });
  const t = await getTranslations("changePassword");
  return (
    <ClientMessages namespaces={["changePassword"]}>
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {actor.mustChangePassword ? (
          <Alert tone="info" testId="must-change">
            {t("forced")}
          </Alert>
        ) : null}
        <Card>
          <ChangePasswordForm />
        </Card>
        <Card title={t("sessionsTitle")}>
          <SignOutEverywhere />
        </Card>
      </div>
    </ClientMessages>
  );
}
