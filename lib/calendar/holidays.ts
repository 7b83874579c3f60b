// Kazakhstan's default public holidays (SPEC §5). These are only the default: administrators
// maintain the real per-year list (Government decrees move further days off).
import { addDays, formatYmd, isWeekend } from "./zone";

// A name in the three interface languages.
export type HolidayName = { kk: string; ru: string; en: string };

// One default day off: a holiday, a weekend holiday's transferred day off, or a non-moving day off.
export type Holiday = { date: string; kind: "holiday" | "transfer" | "fixed_no_transfer"; name: HolidayName };

// First day of Kurban Ait (Eid al-Adha) as announced for Kazakhstan. The date follows the lunar
// calendar; years after 2026 are astronomical estimates — administrators confirm them each year.
export const KURBAN_AIT_DATES: Readonly<Record<number, string>> = {
  2024: "2024-06-16",
  2025: "2025-06-06",
  2026: "2026-05-27",
  2027: "2027-05-16",
  2028: "2028-05-05",
  2029: "2029-04-24",
  2030: "2030-04-13",
};

const NEW_YEAR: HolidayName = { kk: "Жаңа жыл", ru: "Новый год", en: "New Year" };
const NAURYZ: HolidayName = { kk: "Наурыз мейрамы", ru: "Наурыз мейрамы", en: "Nauryz" };

// Holidays whose day off moves to the next working day when they fall on a weekend: [MM-DD, name].
const MOVING: ReadonlyArray<readonly [string, HolidayName]> = [
  ["01-01", NEW_YEAR],
  ["01-02", NEW_YEAR],
  [
    "03-08",
    { kk: "Халықаралық әйелдер күні", ru: "Международный женский день", en: "International Women's Day" },
  ],
  ["03-21", NAURYZ],
  ["03-22", NAURYZ],
  ["03-23", NAURYZ],
  [
    "05-01",
    {
      kk: "Қазақстан халқының бірлігі мерекесі",
      ru: "Праздник единства народа Казахстана",
      en: "Day of Unity of the People of Kazakhstan",
    },
  ],
  [
    "05-07",
    { kk: "Отан қорғаушы күні", ru: "День защитника Отечества", en: "Defender of the Fatherland Day" },
  ],
  ["05-09", { kk: "Жеңіс күні", ru: "День Победы", en: "Victory Day" }],
  ["07-06", { kk: "Астана күні", ru: "День столицы", en: "Capital City Day" }],
  ["08-30", { kk: "Конституция күні", ru: "День Конституции", en: "Constitution Day" }],
  ["10-25", { kk: "Республика күні", ru: "День Республики", en: "Republic Day" }],
  ["12-16", { kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day" }],
];

const ORTHODOX_CHRISTMAS: HolidayName = {
  kk: "Православиелік Рождество",
  ru: "Православное Рождество",
  en: "Orthodox Christmas",
};
const KURBAN_AIT: HolidayName = { kk: "Құрбан айт", ru: "Курбан айт", en: "Kurban Ait" };

function transferName(n: HolidayName): HolidayName {
  return {
    kk: `${n.kk} (демалыс күнінің ауыстырылуы)`,
    ru: `${n.ru} (перенос выходного дня)`,
    en: `${n.en} (day off transferred)`,
  };
}

// Default days off of a year, sorted by date. Kurban Ait comes from `kurbanAit` when given
// (null: leave it out), otherwise from KURBAN_AIT_DATES (left out for years not in the table).
export function defaultHolidays(year: number, opts: { kurbanAit?: string | null } = {}): Holiday[] {
  const yyyy = String(year).padStart(4, "0");
  const out: Holiday[] = MOVING.map(([md, name]) => ({
    date: `${yyyy}-${md}`,
    kind: "holiday" as const,
    name,
  }));
  out.push({ date: formatYmd(year, 1, 7), kind: "fixed_no_transfer", name: ORTHODOX_CHRISTMAS });
  const kurban = opts.kurbanAit === undefined ? KURBAN_AIT_DATES[year] : opts.kurbanAit;
  if (kurban && !out.some((h) => h.date === kurban))
    out.push({ date: kurban, kind: "fixed_no_transfer", name: KURBAN_AIT });

  const taken = new Set(out.map((h) => h.date));
  const transfers: Holiday[] = [];
  for (const h of [...out].sort((a, b) => a.date.localeCompare(b.date))) {
    if (h.kind !== "holiday" || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    transfers.push({ date: d, kind: "transfer", name: transferName(h.name) });
  }
  return [...out, ...transfers].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

// Just the dates of defaultHolidays(year) — every one of them is a day off.
export function defaultDaysOff(year: number, opts: { kurbanAit?: string | null } = {}): string[] {
  return [...new Set(defaultHolidays(year, opts).map((h) => h.date))];
}
