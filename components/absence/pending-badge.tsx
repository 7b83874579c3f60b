import { getTranslations } from "next-intl/server";

// A badge with the number of absence notices waiting for the parent's answer (nothing when none).
export async function PendingNoticesBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  const t = await getTranslations("parentNotices");
  return (
    <span
      className="inline-flex items-center rounded-full bg-red-600 px-2.5 py-0.5 text-xs font-semibold text-white"
      data-testid="notices-pending-badge"
      aria-label={t("badge", { count })}
      title={t("badge", { count })}
    >
      {count}
    </span>
  );
}
