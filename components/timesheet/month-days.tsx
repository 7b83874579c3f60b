import { getTranslations } from "next-intl/server";
import { dayOfWeek } from "@/lib/calendar/zone";
import type { ParentDay } from "@/lib/timesheet/parent-month";

// The month as a calendar (Monday first): each day's mark, non-working days greyed, with a legend
// in words for every mark (colour is never the only signal).
export async function MonthDays({ days }: { days: ParentDay[] }) {
  const t = await getTranslations("attendance");
  const tt = await getTranslations("timesheet");
  const lead = days.length ? dayOfWeek(days[0]!.date) - 1 : 0;
  const weekdays = await getTranslations("weekdays");
  const tile = (d: ParentDay) => {
    if (!d.enrolled && d.kind === "working")
      return { text: "", cls: "bg-slate-50 text-slate-300", label: tt("notEnrolled") };
    if (d.kind !== "working")
      return { text: "", cls: "bg-slate-200 text-slate-500", label: d.holiday ?? tt("dayOff") };
    if (d.status === "PRESENT")
      return { text: "✓", cls: "bg-emerald-50 text-emerald-800", label: t("status.PRESENT") };
    if (d.status === "ABSENT")
      return {
        text: t(`short.${d.reason ?? "UNKNOWN"}`),
        cls: "bg-red-50 text-red-800",
        label: t(`reason.${d.reason ?? "UNKNOWN"}`),
      };
    return { text: "", cls: "bg-white text-slate-400", label: tt("notMarked") };
  };
  return (
    <div>
      <div className="grid grid-cols-7 gap-1 text-center text-xs text-slate-500" aria-hidden>
        {["1", "2", "3", "4", "5", "6", "7"].map((d) => (
          <div key={d}>{weekdays(d as "1")}</div>
        ))}
      </div>
      <ol className="mt-1 grid grid-cols-7 gap-1" data-testid="timesheet-days">
        {Array.from({ length: lead }, (_, i) => (
          <li key={`pad-${i}`} aria-hidden />
        ))}
        {days.map((d) => {
          const v = tile(d);
          return (
            <li
              key={d.date}
              className={`flex h-12 flex-col items-center justify-center rounded ring-1 ring-slate-200 ${v.cls} ${d.corrected ? "outline-2 outline-amber-400" : ""}`}
              title={v.label}
              data-testid="timesheet-day"
              data-date={d.date}
              data-status={d.status ?? ""}
            >
              <span className="text-[10px] leading-none text-slate-500">{Number(d.date.slice(8))}</span>
              <span className="text-sm font-semibold leading-tight">{v.text}</span>
              <span className="sr-only">
                {d.date}: {v.label}
                {d.corrected ? `, ${t("correctedHint")}` : ""}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
