import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";
import { confirmAppealsEmailAction, requestAppealsEmailCodeAction } from "@/lib/feedback/actions";
import { appealsOpen } from "@/lib/feedback/rules";

// The e-mail for appeals (seed 002 §3.2.5) in the organisation's administration: its state, the address
// with "save and send the code", and — while it is unconfirmed — the code. Electronic appeals stay off
// until the code is entered. Shown on the settings page and in the feedback block; the actions check the
// policy themselves.
export async function AppealsEmailSection({
  organizationId,
  locale,
}: {
  organizationId: string;
  locale: string;
}) {
  const t = await getTranslations("feedback.email");
  const [settings, org] = await Promise.all([
    prisma.organizationSettings.findUnique({
      where: { organizationId },
      select: { appealsEmail: true, appealsEmailConfirmedAt: true },
    }),
    prisma.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } }),
  ]);
  const email = settings?.appealsEmail ?? null;
  const confirmed = appealsOpen(settings);
  const hidden = { organizationId };
  return (
    <Card title={t("title")} testId="appeals-email">
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{t("lead")}</p>
        <Alert tone={confirmed ? "success" : "warning"} testId="appeals-email-status">
          <span data-state={confirmed ? "confirmed" : email ? "pending" : "none"}>
            {confirmed
              ? t("statusConfirmed", {
                  email: email!,
                  date: formatDateTime(settings!.appealsEmailConfirmedAt, locale, org?.timeZone),
                })
              : email
                ? t("statusPending", { email })
                : t("statusNone")}
          </span>
        </Alert>
        <ActionForm
          action={requestAppealsEmailCodeAction}
          submitLabel={email && !confirmed ? t("resend") : t("sendCode")}
          testId="appeals-email-form"
          hidden={hidden}
        >
          <FormField
            name="email"
            idPrefix="appeals-"
            type="email"
            autoComplete="email"
            label={t("address")}
            hint={confirmed ? t("changeHint") : undefined}
            required
            defaultValue={email ?? ""}
            maxLength={200}
          />
        </ActionForm>
        {email && !confirmed ? (
          <ActionForm
            action={confirmAppealsEmailAction}
            submitLabel={t("confirm")}
            testId="appeals-email-confirm"
            hidden={hidden}
          >
            <FormField
              name="code"
              idPrefix="appeals-"
              inputMode="numeric"
              autoComplete="one-time-code"
              label={t("code")}
              hint={t("codeHint")}
              required
              maxLength={6}
            />
          </ActionForm>
        ) : null}
      </div>
    </Card>
  );
}
