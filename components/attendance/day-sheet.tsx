"use client";
import { useState, type Ref } from "react";
import { useTranslations } from "next-intl";
import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import type { DayChild } from "@/lib/attendance/day-list";
import { REASONS_IN_ORDER } from "./reason-codes";

export type SheetFor = { child: DayChild; mode: "absent" | "present" };

// The sheet that slides up from the bottom (a modal <dialog>: focus stays inside, Escape closes it): an
// absence's reason, one tap each — the parents' planned reason first — and, for a month the parent has
// confirmed, the reason for the correction, which any change of such a month needs.
export function DaySheet({
  ref,
  sheet,
  onClose,
  onMark,
}: {
  ref: Ref<HTMLDialogElement>;
  sheet: SheetFor | null;
  onClose: () => void;
  onMark: (status: "PRESENT" | "ABSENT", reason: AbsenceReason | null, correction?: string) => void;
}) {
  const t = useTranslations("attendanceDay");
  const ta = useTranslations("attendance");
  const [correction, setCorrection] = useState("");
  const [missing, setMissing] = useState(false);
  const child = sheet?.child;
  const needsCorrection = !!child?.confirmed;
  const planned = child?.planned ?? null;
  const reasons = planned ? [planned, ...REASONS_IN_ORDER.filter((r) => r !== planned)] : REASONS_IN_ORDER;
  const mark = (status: "PRESENT" | "ABSENT", reason: AbsenceReason | null) => {
    if (needsCorrection && !correction.trim()) return setMissing(true);
    onMark(status, reason, needsCorrection ? correction.trim() : undefined);
    setCorrection("");
    setMissing(false);
  };
  const big =
    "min-h-12 w-full rounded-lg px-4 text-left text-base font-medium ring-1 focus:outline-none focus:ring-2 focus:ring-brand-600";
  return (
    <dialog
      ref={ref}
      onClose={() => {
        setMissing(false);
        onClose();
      }}
      aria-labelledby="day-sheet-title"
      className="mx-auto mb-0 mt-auto max-h-[85vh] w-full max-w-lg rounded-t-2xl bg-white p-4 shadow-xl backdrop:bg-slate-900/40"
      data-testid="day-sheet"
    >
      {child ? (
        <div className="space-y-3">
          <h2 id="day-sheet-title" className="text-lg font-semibold">
            {sheet.mode === "absent"
              ? t("sheetAbsent", { name: child.name })
              : t("sheetPresent", { name: child.name })}
          </h2>
          {needsCorrection ? (
            <div className="space-y-1">
              <label htmlFor="day-correction" className="block text-sm font-medium text-amber-900">
                {ta("correctionLabel")}
              </label>
              <textarea
                id="day-correction"
                className="w-full rounded-md border border-slate-300 p-2 text-base"
                rows={2}
                maxLength={500}
                value={correction}
                aria-invalid={missing}
                aria-describedby={missing ? "day-correction-missing" : undefined}
                onChange={(e) => setCorrection(e.target.value)}
                data-testid="day-correction"
              />
              {missing ? (
                <p id="day-correction-missing" className="text-sm text-red-800" role="alert">
                  {t("correctionMissing")}
                </p>
              ) : null}
            </div>
          ) : null}
          {sheet.mode === "present" ? (
            <button
              type="button"
              className={`${big} bg-emerald-600 text-white ring-emerald-700`}
              onClick={() => mark("PRESENT", null)}
              data-testid="sheet-present"
            >
              ✓ {ta("status.PRESENT")}
            </button>
          ) : (
            <ul className="space-y-2">
              {reasons.map((r) => (
                <li key={r}>
                  <button
                    type="button"
                    className={`${big} ${r === planned ? "bg-amber-50 ring-amber-400" : "bg-white ring-slate-300"}`}
                    onClick={() => mark("ABSENT", r)}
                    data-testid={`sheet-${r}`}
                  >
                    {ta(`reason.${r}`)}
                    {r === planned ? (
                      <span className="ml-2 text-sm text-amber-900">· {t("plannedShort")}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form method="dialog">
            <button
              type="submit"
              className={`${big} bg-slate-100 text-center ring-slate-200`}
              data-testid="sheet-cancel"
            >
              {t("cancel")}
            </button>
          </form>
        </div>
      ) : null}
    </dialog>
  );
}
