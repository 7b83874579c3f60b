import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { log } from "@/lib/log";
import { receiptBatches, type ReceiptRow } from "./queries";
import type { ReceiptsFilter } from "./schemas";

// The read list of an announcement as an XLSX workbook, streamed (exceljs's streaming writer): the
// rows are read from the database in keyset batches and written as they come, so a whole region's
// ~115,000 recipients never sit in memory at once. The look is the project's (lib/queue/protocol/xlsx.ts):
// one sheet, the heading row bold and frozen; the widths are fixed up front, as a stream needs.

export type ReceiptsSheet = {
  announcementId: string;
  filter: Pick<ReceiptsFilter, "status" | "org">;
  sheetName: string;
  /** The column headings and widths, and how a row becomes cells. */
  columns: { header: string; width: number }[];
  cells: (row: ReceiptRow) => (string | number)[];
};

export function receiptsXlsxStream(sheet: ReceiptsSheet): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Balabaqsha";
  const ws = wb.addWorksheet(sheet.sheetName.replace(/[*?:\\/[\]]/g, " ").slice(0, 31) || "Sheet1", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    for await (const batch of receiptBatches(sheet.announcementId, sheet.filter))
      for (const row of batch) ws.addRow(sheet.cells(row)).commit();
    ws.commit();
    await wb.commit();
  })().catch((error: unknown) => {
    log.error("announcement.export_failed", { announcementId: sheet.announcementId, error });
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
