import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const TABS = ["attendance", "summary", "children"] as const;

// The group's pages: attendance grid, month summary, children and their parents.
export async function GroupTabs({
  groupId,
  current,
  query = "",
}: {
  groupId: string;
  current: (typeof TABS)[number];
  query?: string;
}) {
  const t = await getTranslations("attendance.tabs");
  return (
    <nav className="no-print flex gap-1" aria-label={t("label")}>
      {TABS.map((tab) => (
        <Link
          key={tab}
          href={`/kindergarten/groups/${groupId}/${tab}${tab === "children" ? "" : query}`}
          aria-current={tab === current ? "page" : undefined}
          data-testid={`group-tab-${tab}`}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${tab === current ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"}`}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
