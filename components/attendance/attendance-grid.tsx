"use client";
import { useMemo, useRef, useState, useTransition, type KeyboardEvent, type SyntheticEvent } from "react";
import { useTranslations } from "next-intl";
import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import type { GridCell } from "@/lib/attendance/group-month";
import { decodeCells, type CompactMonth } from "@/lib/attendance/grid-codes";
import { markAllPresentAction, markAttendanceAction } from "@/lib/attendance/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";
import { REASON_KEYS, REASONS_IN_ORDER, keyOf } from "./reason-codes";

type Pos = { row: number; col: number };

// The month × children attendance grid: arrow keys move, Space/"+" marks present, 0–7 mark an
// absence (with its reason), each mark is saved at once and the cursor moves to the next child.
// A group's month is ~900 cells, so a cell is a bare <td> (its state in data attributes, styled by
// .att-grid in globals.css) and the table handles the keys and clicks of all of them; only the cell
// under the cursor is in the tab order and carries the full spoken label (the roving-tabindex grid).
export function AttendanceGrid({ data }: { data: CompactMonth }) {
  const t = useTranslations("attendance");
  const errorText = useErrorText();
  const decoded = useMemo(() => data.rows.map((r) => ({ ...r, cells: decodeCells(r.cells) })), [data.rows]);
  const [rows, setRows] = useState(decoded);
  // A server refresh (e.g. after "everyone present") brings new rows: take them.
  const [serverRows, setServerRows] = useState(decoded);
  if (serverRows !== decoded) {
    setServerRows(decoded);
    setRows(decoded);
  }
  const todayCol = data.days.findIndex((d) => d.ymd === data.today);
  const [pos, setPos] = useState<Pos>({ row: 0, col: todayCol >= 0 ? todayCol : 0 });
  const [message, setMessage] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(
    null,
  );
  const [correction, setCorrection] = useState("");
  const [pending, start] = useTransition();
  const table = useRef<HTMLTableElement>(null);

  // The cell's element: body row `row`, day `col` (after the row's name).
  const cellAt = (p: Pos) => table.current?.tBodies[0]?.rows[p.row]?.cells[p.col + 1] ?? null;
  const focusCell = (p: Pos) => {
    const row = Math.max(0, Math.min(rows.length - 1, p.row));
    const col = Math.max(0, Math.min(data.days.length - 1, p.col));
    setPos({ row, col });
    const el = cellAt({ row, col });
    if (el) {
      el.tabIndex = 0; // before React renders it so, to take the focus now
      el.focus();
    }
  };
  // The position of the cell an event happened in (null outside the cells).
  const posOf = (e: SyntheticEvent): Pos | null => {
    const td = (e.target as HTMLElement).closest("td");
    const tr = td?.parentElement as HTMLTableRowElement | null;
    if (!td || !tr || td.cellIndex < 1) return null;
    return { row: tr.sectionRowIndex, col: td.cellIndex - 1 };
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
      const marked = new Set(res.children);
      const col = pos.col;
      setRows((prev) =>
        prev.map((r) =>
          marked.has(r.childId)
            ? {
                ...r,
                cells: r.cells.map((c, j): GridCell =>
                  j === col ? { ...c, status: "PRESENT", reason: null } : c,
                ),
              }
            : r,
        ),
      );
    });
  }

  function onKey(e: KeyboardEvent) {
    const p = posOf(e);
    if (!p) return;
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
  // The cell's spoken label: the child, the day and the state (only on the cell under the cursor).
  const spoken = (name: string, ymd: string, c: GridCell) =>
    `${name}, ${ymd}: ${c.status ? t(`status.${c.status}`) : t("notMarked")}${c.reason ? `, ${t(`reason.${c.reason}`)}` : ""}`;

  return (
    <div className="space-y-4" data-testid="attendance-grid">
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
        <table
          ref={table}
          className="att-grid border-separate border-spacing-1 text-sm"
          role="grid"
          aria-label={t("gridLabel", { group: data.group.name })}
          onKeyDown={onKey}
          onFocus={(e) => {
            const p = posOf(e);
            if (p) setPos(p);
          }}
          onClick={(e) => {
            const p = posOf(e);
            if (p) focusCell(p);
          }}
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
                {r.cells.map((c, j) => {
                  const here = i === pos.row && j === pos.col;
                  return (
                    <td
                      key={j}
                      tabIndex={here ? 0 : undefined}
                      aria-label={here ? spoken(r.name, data.days[j]!.ymd, c) : undefined}
                      data-block={c.block ?? undefined}
                      data-status={c.status ?? undefined}
                      data-reason={c.reason ?? undefined}
                      data-planned={!c.status && c.planned ? "" : undefined}
                      data-corrected={c.corrected ? "" : undefined}
                    >
                      {label(c)}
                    </td>
                  );
                })}
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
