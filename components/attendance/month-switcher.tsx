import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatMonth } from "@/lib/format";

const pad = (n: number) => String(n).padStart(2, "0");

// Previous / next month links around the month's name, keeping the page.
export async function MonthSwitcher({
  basePath,
  year,
  month,
  locale,
}: {
  basePath: string;
  year: number;
  month: number;
  locale: string;
}) {
  const t = await getTranslations("attendance");
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const title = formatMonth(year, month, locale);
  return (
    <div className="flex items-center gap-2" data-testid="month-switcher">
      <Link
        href={`${basePath}?month=${prev.y}-${pad(prev.m)}`}
        className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
        aria-label={t("prevMonth")}
        data-testid="prev-month"
      >
        ←
      </Link>
      <span className="min-w-40 text-center font-medium" data-testid="month-title">
        {title}
      </span>
      <Link
        href={`${basePath}?month=${next.y}-${pad(next.m)}`}
        className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
        aria-label={t("nextMonth")}
        data-testid="next-month"
      >
        →
      </Link>
    </div>
  );
}
