import "server-only";
import type { ReportId } from "./catalogue";
import type { ReportDefinition } from "./definition";
import type { ExtraShape } from "./filters";
import { activityReport } from "./activity";
import { attendanceReport } from "./attendance";
import { attestationReport } from "./attestation";
import { organisationReport } from "./organisation";
import { queueReport } from "./queue";
import { registryReport } from "./registry-report";
import { staffingReport } from "./staffing";
import { timesheetsReport } from "./timesheets";

// Every built report's definition, by its address.
export const DEFINITIONS: Record<ReportId, ReportDefinition<ExtraShape>> = {
  attendance: attendanceReport as unknown as ReportDefinition<ExtraShape>,
  timesheets: timesheetsReport as unknown as ReportDefinition<ExtraShape>,
  queue: queueReport as unknown as ReportDefinition<ExtraShape>,
  activity: activityReport as unknown as ReportDefinition<ExtraShape>,
  attestation: attestationReport as unknown as ReportDefinition<ExtraShape>,
  registry: registryReport as unknown as ReportDefinition<ExtraShape>,
  staffing: staffingReport as unknown as ReportDefinition<ExtraShape>,
  organisation: organisationReport as unknown as ReportDefinition<ExtraShape>,
};
