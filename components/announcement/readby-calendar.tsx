import { dateFormat } from "@/lib/intl/formats";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { addDays, dayOfWeek, formatYmd, monthDays } from "@/lib/calendar/zone";

const LOCALE_TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// The month calendar of read-by dates (seed 001, figure 14): a Monday-first grid where the days by which
// announcements are to be read are marked and open the list of those announcements; the previous and
// next months, today outlined.
export async function ReadByCalendar({
  base,
  year,
  month,
  marked,
  today,
  selected,
  locale,
  tab,
}: {
  base: string;
  year: number;
  month: number;
  /** Titles by read-by day (YYYY-MM-DD) in the month. */
  marked: Map<string, string[]>;
  today: string;
  selected?: string;
  locale: string;
  tab?: string;
}) {
  const t = await getTranslations("announcements");
  const tag = LOCALE_TAGS[locale] ?? "en-GB";
  const first = formatYmd(year, month, 1);
  const name = dateFormat(tag, { timeZone: "UTC", month: "long" }).format(new Date(`${first}T00:00:00Z`));
  const monthName = `${name.charAt(0).toLocaleUpperCase(tag)}${name.slice(1)} ${year}`;
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    dateFormat(tag, { timeZone: "UTC", weekday: "short" }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const days = monthDays(year, month);
  const blanks = dayOfWeek(first) - 1;
  const prev = addDays(first, -1).slice(0, 7);
  const next = addDays(first, days.length).slice(0, 7);
  const href = (query: Record<string, string>) => ({
    pathname: base,
    query: { ...(tab === "archive" ? { tab } : {}), ...query },
  });
  return (
    <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="readby-calendar">
      <div className="mb-2 flex items-center justify-between gap-2">
        <Link
          href={href({ month: prev })}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100"
          aria-label={t("calendar.prev")}
        >
          ‹
        </Link>
        <h2 className="text-sm font-semibold">{monthName}</h2>
        <Link
          href={href({ month: next })}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100"
          aria-label={t("calendar.next")}
        >
          ›
        </Link>
      </div>
      <p className="mb-2 text-xs text-slate-600">{t("calendar.lead")}</p>
      <div className="grid grid-cols-7 gap-1 text-center text-sm">
        {weekdays.map((w) => (
          <div key={w} className="text-xs text-slate-500" aria-hidden="true">
            {w}
          </div>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <div key={`b${i}`} />
        ))}
        {days.map((d) => {
          const titles = marked.get(d);
          const ring = d === today ? " outline outline-2 outline-brand-600" : "";
          const chosen = d === selected ? " bg-brand-600 text-white" : "";
          return titles ? (
            <Link
              key={d}
              href={href({ month: d.slice(0, 7), day: d })}
              title={titles.join("\n")}
              className={`rounded py-1 font-semibold ring-1 ring-amber-300 ${chosen || "bg-amber-100 text-amber-900"}${ring}`}
              data-testid={`readby-day-${d}`}
            >
              {Number(d.slice(8))}
              <span className="sr-only"> {t("calendar.count", { count: titles.length })}</span>
            </Link>
          ) : (
            <div key={d} className={`rounded py-1 text-slate-600${ring}`}>
              {Number(d.slice(8))}
            </div>
          );
        })}
      </div>
      {selected ? (
        <p className="mt-2 text-xs">
          <Link
            href={href({ month: selected.slice(0, 7) })}
            className="text-brand-700 underline"
            data-testid="readby-clear"
          >
            {t("calendar.clear")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
