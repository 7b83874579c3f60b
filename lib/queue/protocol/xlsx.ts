import "server-only";
import ExcelJS from "exceljs";

// An XLSX workbook with one sheet: the heading row bold and frozen, columns sized to their text.
export async function toXlsx(rows: (string | number)[][], sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Balabaqsha";
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col, i) => {
    const longest = Math.max(...rows.map((r) => String(r[i] ?? "").length));
    col.width = Math.min(Math.max(10, longest + 2), 70);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
