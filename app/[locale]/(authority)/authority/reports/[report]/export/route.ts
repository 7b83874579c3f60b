import { reportExportRoute } from "@/lib/reports/route";

// Downloads an authority report as XLSX or CSV (lib/reports/route.ts).
export const GET = reportExportRoute("authority");
