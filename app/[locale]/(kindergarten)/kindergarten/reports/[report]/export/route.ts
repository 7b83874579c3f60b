import { reportExportRoute } from "@/lib/reports/route";

// Downloads one of the kindergarten's own reports as XLSX or CSV (lib/reports/route.ts).
export const GET = reportExportRoute("kindergarten");
