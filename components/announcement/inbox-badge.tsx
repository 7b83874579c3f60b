import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Actor } from "@/lib/auth/actor";
import { unreadCount } from "@/lib/announcement/inbox";
import { inboxPathFor } from "@/lib/announcement/paths";

// The header's announcements link with the number of unread ones (a red badge while there are any).
export async function InboxBadge({ actor, locale }: { actor: Actor; locale: Locale }) {
  const path = actor.mustChangePassword ? null : inboxPathFor(actor);
  if (!path) return null;
  const [t, unread] = await Promise.all([
    getTranslations({ locale, namespace: "announcements" }),
    unreadCount(actor.personId),
  ]);
  return (
    <Link
      href={path}
      className="inline-flex items-center gap-1.5 rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
      data-testid="inbox-link-header"
      aria-label={unread > 0 ? t("badge", { count: unread }) : t("inbox.title")}
    >
      {t("inbox.title")}
      {unread > 0 ? (
        <span
          className="inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white"
          data-testid="inbox-badge"
        >
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
