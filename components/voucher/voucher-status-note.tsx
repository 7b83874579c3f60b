import { getTranslations } from "next-intl/server";
import type { ChildVoucherStatus } from "@/lib/voucher/status-for-child";
import { Alert } from "@/components/ui/alert";
import { instantDay, monthsLabel } from "./month-label";

// For the parent's cabinet: the warning after a missed month ("one more month without confirmation
// annuls the voucher"), the notice that it is being or was annulled; nothing when all is well.
export async function VoucherStatusNote({
  status,
  locale,
}: {
  status: ChildVoucherStatus | null;
  locale: string;
}) {
  if (!status) return null;
  const t = await getTranslations("vouchers.cabinet");
  const months = monthsLabel(status.missedMonths, locale);
  if (status.decision === "at_risk")
    return (
      <Alert tone="warning" testId="voucher-at-risk">
        {t("atRisk", { month: months })}
      </Alert>
    );
  if (status.decision === "annul")
    return (
      <Alert tone="error" testId="voucher-pending">
        {t("pending", { months })}
      </Alert>
    );
  if (status.voucher.status === "ANNULLED") {
    return (
      <Alert tone="error" testId="voucher-annulled">
        {t("annulled", { date: instantDay(status.voucher.annulledAt, locale) })}
        {status.voucher.annulReason ? ` ${status.voucher.annulReason}` : ""}
      </Alert>
    );
  }
  return null;
}
