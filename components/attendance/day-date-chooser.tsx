import { dateFormat } from "@/lib/intl/formats";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const TAGS: Record<string, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// A day in the page's language: "Friday, 20 November 2026" (short: "Fri 20 November", for the list).
export function formatDay(ymd: string, locale: string, short = false): string {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  const raw = dateFormat(TAGS[locale] ?? "en-GB", {
    weekday: short ? "short" : "long",
    day: "numeric",
    month: "long",
    year: short ? undefined : "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

const arrow =
  "flex h-12 w-12 shrink-0 items-center justify-center rounded-full text-xl ring-1 ring-slate-300";

// The day view's date: the previous and next working days one tap away (not beyond today), and any
// working day of the month from a list (a plain GET form: it works before the page's script has loaded).
export async function DayDateChooser({
  basePath,
  date,
  prev,
  next,
  workingDays,
  locale,
}: {
  basePath: string;
  date: string;
  prev: string | null;
  next: string | null;
  workingDays: string[];
  locale: string;
}) {
  const t = await getTranslations("attendanceDay");
  const days = workingDays.includes(date) ? workingDays : [...workingDays, date].sort();
  return (
    <div className="flex items-center gap-2" data-testid="day-chooser">
      {prev ? (
        <Link
          href={`${basePath}?date=${prev}`}
          className={`${arrow} text-brand-700`}
          aria-label={t("prevDay")}
          data-testid="day-prev"
        >
          ←
        </Link>
      ) : (
        <span className={`${arrow} text-slate-300`} aria-hidden>
          ←
        </span>
      )}
      <form method="get" className="flex min-w-0 flex-1 items-center gap-2">
        <label htmlFor="day-date" className="sr-only">
          {t("chooseDay")}
        </label>
        <select
          id="day-date"
          name="date"
          defaultValue={date}
          className="min-h-12 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-base"
          data-testid="day-date"
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDay(d, locale, true)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-12 rounded-md px-3 text-sm font-medium text-brand-700 ring-1 ring-slate-300"
        >
          {t("show")}
        </button>
      </form>
      {next ? (
        <Link
          href={`${basePath}?date=${next}`}
          className={`${arrow} text-brand-700`}
          aria-label={t("nextDay")}
          data-testid="day-next"
        >
          →
        </Link>
      ) : (
        <span className={`${arrow} text-slate-300`} aria-hidden>
          →
        </span>
      )}
    </div>
  );
}
