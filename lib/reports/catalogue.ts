// The reports that exist (pure): their address, their number in issue 19 and who sees them. A report is
// listed here only once it is built — the reports page lists exactly these.
import type { ReportArea } from "./scope";

// In the numbering: 1 attestation, 2 registry, 3 one organisation, 4 activity, 5 attendance,
// 6 timesheets and vouchers, 7 queue, 8 staffing by age group.
export const REPORT_IDS = [
  "attestation",
  "registry",
  "organisation",
  "activity",
  "attendance",
  "timesheets",
  "queue",
  "staffing",
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

/** The areas each report is shown in: the authority's officers, a kindergarten's managers. */
export const REPORT_AREAS: Record<ReportId, ReportArea[]> = {
  attendance: ["authority", "kindergarten"],
  timesheets: ["authority", "kindergarten"],
  queue: ["authority"],
  activity: ["authority"],
  attestation: ["authority"],
  registry: ["authority"],
  staffing: ["authority", "kindergarten"],
  organisation: ["authority", "kindergarten"],
};

// The reports of an area, in the order of the list.
export function reportsOf(area: ReportArea): ReportId[] {
  return REPORT_IDS.filter((id) => REPORT_AREAS[id].includes(area));
}

// True when the string names a report of the area.
export function isReportOf(area: ReportArea, id: string): id is ReportId {
  return (REPORT_IDS as readonly string[]).includes(id) && REPORT_AREAS[id as ReportId].includes(area);
}
