"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import type { GroupDay } from "@/lib/attendance/group-day";
import { dayCounts, everyonePresent, initialsOf, stateOf, type DayChild } from "@/lib/attendance/day-list";
import { refusedMarks, waitingByChild, type SendAnswer } from "@/lib/attendance/offline-queue";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "@/components/auth/use-error-text";
import { useMarkQueue, type Applied } from "./day-queue";
import { DaySheet, type SheetFor } from "./day-sheet";

const STATE_CLASS = {
  present: "bg-emerald-100 text-emerald-800",
  absent: "bg-red-100 text-red-800",
  planned: "bg-amber-100 text-amber-900",
  unmarked: "bg-slate-100 text-slate-700",
  blocked: "bg-slate-100 text-slate-500",
} as const;

// The day view's list: the day's counts, one row per child (initials, name, state) with one tap for
// present and one for absent (a sheet of reasons), "everyone present" for the rest, marks waiting to be
// sent and the ones the server refused. Every mark goes through the device's queue (./day-queue.ts).
export function DayList({ data }: { data: GroupDay }) {
  const t = useTranslations("attendanceDay");
  const ta = useTranslations("attendance");
  const errorText = useErrorText();
  const [applied, setApplied] = useState<Record<string, Applied>>({});
  const [shownFor, setShownFor] = useState(data);
  if (shownFor !== data) {
    setShownFor(data);
    setApplied({});
  }
  const [sheet, setSheet] = useState<SheetFor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const refusalText = (a: SendAnswer) =>
    a === "network" || a.ok ? "" : (errorText(a.message, undefined, a.texts) ?? "");
  const { queue, online, signedOut, add, dismiss } = useMarkQueue(
    data.personId,
    (a) => setApplied((prev) => ({ ...prev, [`${a.childId}:${a.date}`]: a })),
    refusalText,
  );

  const waiting = waitingByChild(queue, data.group.id, data.date);
  const children: (DayChild & { pending: boolean })[] = data.children.map((c) => {
    const w = waiting.get(c.childId);
    if (w) return { ...c, status: w.status, reason: w.reason, pending: true };
    const a = applied[`${c.childId}:${data.date}`];
    if (a)
      return {
        ...c,
        status: a.status,
        reason: a.reason as AbsenceReason | null,
        corrected: a.corrected,
        pending: false,
      };
    return { ...c, pending: false };
  });
  const counts = dayCounts(children);
  const waitingCount = queue.filter((m) => m.state === "waiting").length;
  const refused = refusedMarks(queue);
  const dayBlock = data.day.kind !== "working" ? "non_working" : data.date > data.today ? "future" : null;
  const markable = data.canMark && !dayBlock;

  const send = (
    c: DayChild,
    status: "PRESENT" | "ABSENT",
    reason: AbsenceReason | null,
    correction?: string,
  ) => {
    setNotice(null);
    void add([
      {
        groupId: data.group.id,
        childId: c.childId,
        childName: c.name,
        date: data.date,
        status,
        // An absence the parents planned carries its reason unless another is chosen.
        reason: status === "ABSENT" ? (reason ?? c.planned) : null,
        correctionReason: correction,
      },
    ]);
  };
  const open = (c: DayChild, mode: SheetFor["mode"]) => setSheet({ child: c, mode });
  // The sheet opens once its content is there, so focus lands on its first choice.
  useEffect(() => {
    if (sheet && !dialog.current?.open) dialog.current?.showModal();
  }, [sheet]);
  const tapPresent = (c: DayChild) => (c.confirmed ? open(c, "present") : send(c, "PRESENT", null));
  const everyone = () => {
    const { marks, skipped } = everyonePresent(children);
    void add(
      marks.map((m) => ({
        ...m,
        groupId: data.group.id,
        childName: children.find((c) => c.childId === m.childId)!.name,
        date: data.date,
      })),
    );
    setNotice(
      [t("everyoneDone", { count: marks.length }), skipped ? t("everyoneSkipped", { count: skipped }) : ""]
        .filter(Boolean)
        .join(" "),
    );
  };

  return (
    <div className="space-y-4 pb-24" data-testid="day-list">
      <dl className="grid grid-cols-3 gap-2 text-center" data-testid="day-counts">
        {(
          [
            ["present", counts.present, "text-emerald-800"],
            ["absent", counts.absent, "text-red-800"],
            ["unmarked", counts.unmarked, "text-slate-800"],
          ] as const
        ).map(([k, n, cls]) => (
          <div key={k} className="rounded-lg bg-white p-2 ring-1 ring-slate-200">
            <dt className="text-xs text-slate-600">{t(`counts.${k}`)}</dt>
            <dd className={`text-2xl font-bold ${cls}`} data-testid={`day-count-${k}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>

      <div aria-live="polite" className="space-y-2">
        {!online ? (
          <Alert tone="warning" testId="day-offline">
            {t("offline")}
          </Alert>
        ) : null}
        {signedOut ? (
          <Alert tone="warning" testId="day-signed-out">
            {t("signedOut")}
          </Alert>
        ) : null}
        {waitingCount > 0 ? (
          <p className="text-sm font-medium text-amber-900" data-testid="day-waiting-count">
            {t("waitingCount", { count: waitingCount })}
          </p>
        ) : null}
      </div>
      {refused.length > 0 ? (
        <Alert tone="error" testId="day-refused">
          <p className="font-medium">{t("refusedTitle")}</p>
          <ul className="mt-2 space-y-2">
            {refused.map((m) => (
              <li
                key={m.key}
                className="flex items-center gap-2"
                data-testid="day-refused-item"
                data-child={m.childId}
              >
                <span className="flex-1">
                  {m.childName}, {m.date} — {ta(`status.${m.status}`)}: {m.refusal}
                </span>
                <button
                  type="button"
                  className="min-h-11 rounded-md px-3 text-sm font-medium text-red-900 ring-1 ring-red-300"
                  onClick={() => void dismiss(m.key)}
                >
                  {t("dismiss")}
                </button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {dayBlock ? (
        <Alert tone="info" testId="day-blocked">
          {dayBlock === "future"
            ? t("futureDay")
            : `${t("nonWorkingDay")}${data.day.holiday ? ` ${data.day.holiday}.` : ""}`}
        </Alert>
      ) : null}

      {children.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noChildren")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
          {children.map((c) => {
            const state = stateOf(c);
            const rowMarkable = markable && !c.block;
            return (
              <li
                key={c.childId}
                className="flex items-center gap-3 px-3 py-2"
                data-testid="day-child"
                data-child={c.childId}
                data-state={state}
                data-pending={c.pending ? "1" : "0"}
              >
                <span
                  aria-hidden
                  className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-bold text-brand-800"
                >
                  {initialsOf(c.name)}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">{c.name}</p>
                  <p className="flex flex-wrap gap-1 text-xs">
                    <span
                      className={`rounded px-1.5 py-0.5 ${STATE_CLASS[state]}`}
                      data-testid="day-child-state"
                    >
                      {state === "present"
                        ? ta("status.PRESENT")
                        : state === "absent"
                          ? `${ta("status.ABSENT")} · ${ta(`reason.${c.reason ?? "UNKNOWN"}`)}`
                          : state === "planned"
                            ? t("planned", { reason: ta(`reason.${c.planned!}`) })
                            : state === "blocked"
                              ? t("notMarkable")
                              : ta("notMarked")}
                    </span>
                    {c.pending ? (
                      <span
                        className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900 ring-1 ring-amber-300"
                        data-testid="day-child-waiting"
                      >
                        {t("waiting")}
                      </span>
                    ) : null}
                    {c.confirmed ? <span className="text-emerald-800">{t("confirmed")}</span> : null}
                  </p>
                </div>
                {rowMarkable ? (
                  <div className="flex shrink-0 gap-2">
                    <button
                      type="button"
                      className={`h-12 w-12 rounded-full text-xl font-bold ring-1 ${state === "present" ? "bg-emerald-600 text-white ring-emerald-700" : "bg-white text-emerald-800 ring-slate-300"}`}
                      aria-label={t("presentFor", { name: c.name })}
                      aria-pressed={state === "present"}
                      onClick={() => tapPresent(c)}
                      data-testid="day-present"
                    >
                      ✓
                    </button>
                    <button
                      type="button"
                      className={`h-12 w-12 rounded-full text-xl font-bold ring-1 ${state === "absent" ? "bg-red-600 text-white ring-red-700" : "bg-white text-red-800 ring-slate-300"}`}
                      aria-label={t("absentFor", { name: c.name })}
                      aria-pressed={state === "absent"}
                      aria-haspopup="dialog"
                      onClick={() => open(c, "absent")}
                      data-testid="day-absent"
                    >
                      ✗
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {notice ? (
        <Alert tone="success" testId="day-notice">
          {notice}
        </Alert>
      ) : null}
      {markable && children.length > 0 ? (
        <div className="sticky bottom-0 -mx-4 bg-gradient-to-t from-slate-50 via-slate-50 px-4 pb-3 pt-6">
          <button
            type="button"
            className="min-h-12 w-full rounded-lg bg-brand-600 px-4 text-base font-semibold text-white hover:bg-brand-700 disabled:bg-slate-400"
            disabled={counts.unmarked === 0 && !children.some((c) => stateOf(c) === "planned")}
            onClick={everyone}
            data-testid="day-everyone-present"
          >
            {t("everyonePresent")}
          </button>
        </div>
      ) : null}

      <DaySheet
        ref={dialog}
        sheet={sheet}
        onClose={() => setSheet(null)}
        onMark={(status, reason, correction) => {
          if (sheet) send(sheet.child, status, reason, correction);
          dialog.current?.close();
        }}
      />
    </div>
  );
}
