// The read list of an announcement as XLSX (?status, ?org): one handler for both areas (lib/announcement/export-route.ts).
export { exportReceiptsRoute as GET } from "@/lib/announcement/export-route";
