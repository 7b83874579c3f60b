import { getTranslations } from "next-intl/server";
import { REASONS_IN_ORDER, keyOf } from "./reason-codes";

// What the grid's letters and colours mean, and the keys that mark them.
export async function AttendanceLegend() {
  const t = await getTranslations("attendance");
  return (
    <section className="rounded-lg bg-white p-4 text-sm ring-1 ring-slate-200" aria-labelledby="legend-title">
      <h2 id="legend-title" className="mb-2 font-semibold">
        {t("legendTitle")}
      </h2>
      <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
        <li>
          <span className="inline-block w-8 font-semibold text-emerald-700">✓</span>
          {t("status.PRESENT")} <kbd className="text-xs text-slate-500">␣ / +</kbd>
        </li>
        {REASONS_IN_ORDER.map((r) => (
          <li key={r}>
            <span className="inline-block w-8 font-semibold text-red-700">{t(`short.${r}`)}</span>
            {t(`reason.${r}`)} <kbd className="text-xs text-slate-500">{keyOf(r)}</kbd>
          </li>
        ))}
        <li>
          <span className="mr-2 inline-block h-4 w-6 rounded bg-slate-200 align-middle" />
          {t("nonWorking")}
        </li>
        <li>
          <span className="mr-2 inline-block w-6 text-center italic text-slate-400">
            {t("short.VACATION")}
          </span>
          {t("plannedHint")}
        </li>
        <li>
          <span className="mr-2 inline-block w-6 text-center underline decoration-dotted">✓</span>
          {t("correctedHint")}
        </li>
      </ul>
    </section>
  );
}
