"use client";
import { useRef, useState, useTransition, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import type { GridCell, GroupMonth } from "@/lib/attendance/group-month";
import { markAllPresentAction, markAttendanceAction } from "@/lib/attendance/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";
import { REASON_KEYS, REASONS_IN_ORDER, keyOf } from "./reason-codes";

type Pos = { row: number; col: number };

// The month × children attendance grid: arrow keys move, Space/"+" marks present, 0–7 mark an
// absence (with its reason), each mark is saved at once and the cursor moves to the next child.
export function AttendanceGrid({ data }: { data: GroupMonth }) {
  const t = useTranslations("attendance");
  const errorText = useErrorText();
  const router = useRouter();
  const [rows, setRows] = useState(data.rows);
  // A server refresh (e.g. after "everyone present") brings new rows: take them.
  const [serverRows, setServerRows] = useState(data.rows);
  if (serverRows !== data.rows) {
    setServerRows(data.rows);
    setRows(data.rows);
  }
  const todayCol = data.days.findIndex((d) => d.ymd === data.today);
  const [pos, setPos] = useState<Pos>({ row: 0, col: todayCol >= 0 ? todayCol : 0 });
  const [message, setMessage] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(
    null,
  );
  const [correction, setCorrection] = useState("");
  const [pending, start] = useTransition();
  const cells = useRef<Map<string, HTMLButtonElement>>(new Map());

  const focusCell = (p: Pos) => {
    const row = Math.max(0, Math.min(rows.length - 1, p.row));
    const col = Math.max(0, Math.min(data.days.length - 1, p.col));
    setPos({ row, col });
    cells.current.get(`${row}:${col}`)?.focus();
  };

  const focusedRow = rows[pos.row];
  const focusedDay = data.days[pos.col];
  const needsReason = !!focusedRow?.confirmed;

  function mark(p: Pos, status: "PRESENT" | "ABSENT", reason: AbsenceReason | null) {
    const row = rows[p.row];
    const day = data.days[p.col];
    if (!row || !day || !data.canMark) return;
    start(async () => {
      const res = await markAttendanceAction({
        groupId: data.group.id,
        childId: row.childId,
        date: day.ymd,
        status,
        reason,
        correctionReason: correction || undefined,
      });
      if (!res.ok) {
        setMessage({ tone: "error", text: errorText(res.message, res.messageValues, res.texts) ?? "" });
        return;
      }
      setMessage(null);
      setRows((prev) =>
        prev.map((r, i) =>
          i !== p.row
            ? r
            : {
                ...r,
                timesheet: r.confirmed && r.timesheet === "CONFIRMED" ? "CORRECTED" : r.timesheet,
                cells: r.cells.map((c, j): GridCell =>
                  j === p.col
                    ? {
                        ...c,
                        status: res.status,
                        reason: res.reason as AbsenceReason | null,
                        corrected: res.corrected,
                      }
                    : c,
                ),
              },
        ),
      );
      focusCell({ row: p.row + 1 < rows.length ? p.row + 1 : p.row, col: p.col });
    });
  }

  function markAll() {
    if (!focusedDay) return;
    start(async () => {
      const res = await markAllPresentAction({ groupId: data.group.id, date: focusedDay.ymd });
      if (!res.ok)
        return setMessage({
          tone: "error",
          text: errorText(res.message, res.messageValues, res.texts) ?? "",
        });
      const text = t("markedAll", { count: res.count });
      setMessage(
        res.skipped
          ? { tone: "warning", text: `${text} ${t("markedAllSkipped", { count: res.skipped })}` }
          : { tone: "success", text },
      );
      router.refresh();
    });
  }

  function onKey(e: KeyboardEvent, p: Pos) {
    const moves: Record<string, Pos> = {
      ArrowUp: { row: p.row - 1, col: p.col },
      ArrowDown: { row: p.row + 1, col: p.col },
      ArrowLeft: { row: p.row, col: p.col - 1 },
      ArrowRight: { row: p.row, col: p.col + 1 },
    };
    if (moves[e.key]) {
      e.preventDefault();
      return focusCell(moves[e.key]!);
    }
    if (e.key === " " || e.key === "+" || e.key === "Enter") {
      e.preventDefault();
      return mark(p, "PRESENT", null);
    }
    const reason = REASON_KEYS[e.key];
    if (reason) {
      e.preventDefault();
      mark(p, "ABSENT", reason);
    }
  }

  const label = (c: GridCell) =>
    c.status === "PRESENT"
      ? "✓"
      : c.status === "ABSENT"
        ? t(`short.${c.reason ?? "UNKNOWN"}`)
        : c.planned
          ? t(`short.${c.planned}`)
          : "";
  const cellClass = (c: GridCell, focused: boolean) =>
    [
      "h-8 w-8 rounded text-xs font-semibold focus:outline-none",
      c.block === "non_working"
        ? "bg-slate-200 text-slate-400"
        : c.block === "not_enrolled"
          ? "bg-slate-100 text-slate-300"
          : "bg-white ring-1 ring-slate-200",
      c.status === "PRESENT"
        ? "text-emerald-700"
        : c.status === "ABSENT"
          ? c.reason === "UNKNOWN"
            ? "bg-amber-100 text-amber-800"
            : "bg-red-50 text-red-700"
          : c.planned
            ? "text-slate-400 italic"
            : "",
      c.corrected ? "underline decoration-dotted" : "",
      focused ? "ring-2 ring-brand-600" : "",
    ].join(" ");

  return (
    <div className="space-y-4" data-testid="attendance-grid">
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
        <table
          className="border-separate border-spacing-1 text-sm"
          role="grid"
          aria-label={t("gridLabel", { group: data.group.name })}
        >
          <thead>
            <tr>
              <th className="sticky left-0 z-10 bg-white px-2 text-left font-medium text-slate-500">
                {t("child")}
              </th>
              {data.days.map((d, j) => (
                <th
                  key={d.ymd}
                  scope="col"
                  title={d.holiday ?? undefined}
                  className={`w-8 text-center text-xs font-medium ${d.kind === "working" ? "text-slate-700" : "text-slate-500"} ${d.ymd === data.today ? "rounded bg-brand-100 text-brand-800" : ""}`}
                >
                  <button
                    type="button"
                    className="w-full"
                    onClick={() => focusCell({ row: pos.row, col: j })}
                  >
                    {Number(d.ymd.slice(8))}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.childId} data-testid="attendance-row" data-child={r.childId}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 whitespace-nowrap bg-white px-2 text-left font-normal"
                >
                  {r.name}
                  {r.confirmed ? (
                    <span className="ml-1 text-xs text-emerald-700" title={t("confirmedMonth")}>
                      ✔︎
                    </span>
                  ) : null}
                </th>
                {r.cells.map((c, j) => (
                  <td key={j} className="p-0">
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) cells.current.set(`${i}:${j}`, el);
                        else cells.current.delete(`${i}:${j}`);
                      }}
                      tabIndex={i === pos.row && j === pos.col ? 0 : -1}
                      className={cellClass(c, i === pos.row && j === pos.col)}
                      aria-label={`${r.name}, ${data.days[j]!.ymd}: ${c.status ? t(`status.${c.status}`) : t("notMarked")}${c.reason ? `, ${t(`reason.${c.reason}`)}` : ""}`}
                      data-testid={`cell-${i}-${j}`}
                      data-status={c.status ?? ""}
                      data-reason={c.reason ?? ""}
                      onFocus={() => setPos({ row: i, col: j })}
                      onClick={() => setPos({ row: i, col: j })}
                      onKeyDown={(e) => onKey(e, { row: i, col: j })}
                    >
                      {label(c)}
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {data.canMark && focusedRow && focusedDay ? (
        <div
          className="no-print space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200"
          data-testid="attendance-toolbar"
        >
          <p className="text-sm font-medium">
            {focusedRow.name} · {focusedDay.ymd}
            {focusedDay.holiday ? ` · ${focusedDay.holiday}` : ""}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={pending}
              onClick={() => mark(pos, "PRESENT", null)}
              data-testid="mark-present"
            >
              ✓ {t("status.PRESENT")} <kbd className="text-xs opacity-70">␣</kbd>
            </Button>
            {REASONS_IN_ORDER.map((r) => (
              <Button
                key={r}
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => mark(pos, "ABSENT", r)}
                data-testid={`mark-${r}`}
              >
                {t(`reason.${r}`)} <kbd className="text-xs opacity-70">{keyOf(r)}</kbd>
              </Button>
            ))}
          </div>
          {needsReason ? (
            <div className="space-y-1">
              <label htmlFor="correction" className="block text-sm font-medium text-amber-900">
                {t("correctionLabel")}
              </label>
              <input
                id="correction"
                className={inputClass}
                value={correction}
                onChange={(e) => setCorrection(e.target.value)}
                maxLength={500}
                data-testid="correction-reason"
              />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={markAll}
              data-testid="mark-all-present"
            >
              {t("markAll", { date: focusedDay.ymd })}
            </Button>
            <span className="text-xs text-slate-500">{t("keysHint")}</span>
          </div>
        </div>
      ) : null}
      {message ? (
        <Alert tone={message.tone} testId="attendance-message">
          {message.text}
        </Alert>
      ) : null}
    </div>
  );
}
