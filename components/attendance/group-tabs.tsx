import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const TABS = ["day", "attendance", "summary", "children"] as const;

// Where each tab goes: the day view (today), the month grid and summary (of the month shown), the children.
const hrefOf = (groupId: string, tab: (typeof TABS)[number], query: string) =>
  tab === "day"
    ? `/kindergarten/groups/${groupId}/attendance/day`
    : `/kindergarten/groups/${groupId}/${tab}${tab === "children" ? "" : query}`;

// The group's pages: the day view, the attendance grid, the month summary, children and their parents.
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
    <nav className="no-print flex flex-wrap gap-1" aria-label={t("label")}>
      {TABS.map((tab) => (
        <Link
          key={tab}
          href={hrefOf(groupId, tab, query)}
          aria-current={tab === current ? "page" : undefined}
          data-testid={`group-tab-${tab}`}
          className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ${tab === current ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100"}`}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
