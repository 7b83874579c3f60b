import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { requestNow } from "@/lib/clock/request-now";
import { formatDateTime } from "@/lib/format";
import { signInLockOf } from "@/lib/auth/unlock";
import { unlockSignInAction } from "@/lib/auth/unlock-action";

// On a staff member's page: whether failed password attempts slowed down or locked their login, and the
// administrator's "Unlock sign-in" button (nothing when the login is free).
export async function SignInLock({
  membershipId,
  login,
  locale,
  timeZone,
}: {
  membershipId: string;
  login: string | null;
  locale: string;
  timeZone?: string;
}) {
  const lock = await signInLockOf(login, await requestNow());
  if (lock.state === "free") return null;
  const t = await getTranslations("signInLock");
  return (
    <div className="mt-4 space-y-3" data-testid="sign-in-lock">
      <Alert tone="warning" testId="sign-in-lock-state">
        {lock.state === "locked"
          ? t("locked", { time: formatDateTime(lock.until, locale, timeZone), count: lock.failures })
          : t("slowed", { count: lock.failures })}
      </Alert>
      <ActionForm
        action={unlockSignInAction}
        submitLabel={t("unlock")}
        variant="secondary"
        hidden={{ membershipId }}
        testId="sign-in-unlock"
        className="space-y-3"
      />
    </div>
  );
}
