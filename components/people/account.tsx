import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import type { SignInStatus } from "@/lib/people/staff/rules";
import { StaffStatus } from "./status";

// The "Login and password" block of a person's page: status, login, and the way to the slip page
// where first-login credentials are generated (not offered for oneself or a shared person).
export async function StaffAccount({
  membershipId,
  base,
  account,
  canIssue,
  locale,
}: {
  membershipId: string;
  /** The people pages' path (the slip page is under it). */
  base: string;
  account: { login: string | null; registeredAt: Date | null; status: SignInStatus };
  canIssue: boolean;
  locale: string;
}) {
  const t = await getTranslations("people");
  const text =
    account.status === "registered"
      ? t("credentials.registered", { date: formatDate(account.registeredAt, locale) })
      : t(`credentials.${account.status}`);
  return (
    <div className="space-y-3" data-testid="staff-account">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StaffStatus status={account.status} label={t(`status.${account.status}`)} />
        <span className="text-slate-700">{text}</span>
      </p>
      {account.login ? (
        <p className="text-sm">
          {t("credentials.login")}:{" "}
          <span className="font-mono font-semibold" data-testid="staff-login">
            {account.login}
          </span>
        </p>
      ) : null}
      {canIssue ? (
        <Link
          href={`${base}/${membershipId}/slip`}
          className={buttonClass(account.status === "none" ? "primary" : "secondary")}
          data-testid="staff-credentials-link"
        >
          {account.status === "none" ? t("credentials.open") : t("credentials.reopen")}
        </Link>
      ) : null}
    </div>
  );
}
