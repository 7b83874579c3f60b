"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartSpec } from "@/lib/reports/table";

// A report's chart, drawn with recharts at a fixed size (no measuring, so it fits A4 when printed).
// Recharts 3 draws its SVG after hydration — the numbers are always in the server-rendered table
// beside it, and the figure has a title and a summary for screen readers (docs/REPORTS.md).

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;
const COLOURS = ["#0f766e", "#d97706", "#2563eb", "#dc2626", "#7c3aed", "#64748b", "#059669", "#db2777"];

export function ReportChart({ spec }: { spec: ChartSpec }) {
  const pct = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 1000) / 10}%` : String(v ?? "—"));
  const tick = spec.percent ? (v: number) => `${Math.round(v * 100)}%` : undefined;
  // Many or long labels: tilted, so each one shows.
  const tilt = spec.data.length > 6;
  const common = {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    data: spec.data,
    margin: { top: 8, right: 16, bottom: 8, left: 8 },
    accessibilityLayer: true,
  };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis
        dataKey={spec.x}
        tick={{ fontSize: 11 }}
        interval={spec.data.length <= 12 ? 0 : "preserveStartEnd"}
        angle={tilt ? -35 : 0}
        textAnchor={tilt ? "end" : "middle"}
        height={tilt ? 64 : 30}
      />
      <YAxis
        tick={{ fontSize: 12 }}
        tickFormatter={tick}
        domain={spec.percent ? [0, 1] : [0, "auto"]}
        allowDecimals={!!spec.percent}
      />
      <Tooltip formatter={spec.percent ? pct : undefined} />
      {spec.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
      {(spec.references ?? []).map((r) => (
        <ReferenceLine
          key={r.label}
          y={r.value}
          stroke="#dc2626"
          strokeDasharray="6 3"
          label={{
            value: `${r.label}: ${r.value}`,
            position: "insideTopRight",
            fontSize: 11,
            fill: "#b91c1c",
          }}
        />
      ))}
    </>
  );
  return (
    <figure className="report-chart space-y-2" data-testid="report-chart">
      <figcaption className="text-base font-semibold text-slate-900">{spec.title}</figcaption>
      <div
        className="overflow-x-auto print:overflow-visible"
        role="img"
        aria-label={`${spec.title}. ${spec.summary}`}
      >
        <div style={{ width: CHART_WIDTH, height: CHART_HEIGHT }}>
          {spec.kind === "line" ? (
            <LineChart {...common}>
              {axes}
              {spec.series.map((s, i) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stroke={s.color ?? COLOURS[i % COLOURS.length]}
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          ) : (
            <BarChart {...common}>
              {axes}
              {spec.series.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  fill={s.color ?? COLOURS[i % COLOURS.length]}
                  stackId={spec.kind === "stacked" ? "all" : undefined}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          )}
        </div>
      </div>
    </figure>
  );
}
