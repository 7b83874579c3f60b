import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

// The warning of seed 003 on every queue page: only a legal representative may obtain a referral;
// passing cabinet access to anyone blocks it for 6 months, ends the contract and invites fraud.
export async function ApplicationWarning() {
  const t = await getTranslations("queueWarning");
  return (
    <Alert tone="warning" testId="queue-warning">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("representative")}</p>
      <p className="mt-1">{t("block")}</p>
      <p className="mt-1 font-semibold">{t("fraud")}</p>
    </Alert>
  );
}
