import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { receiptResource, timesheetReceipt } from "@/lib/timesheet/receipt-download";

// The receipt of a confirmed month, {confirmationId}.zip (lib/timesheet/receipt.ts): for a representative
// of the child, the kindergarten's managers and the education authorities above it; 404 for anyone else.
export const GET = routeHandler({
  name: "timesheet.receipt",
  permission: "timesheet.receipt",
  schema: z.object({
    file: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}\.zip$/)
      .transform((f) => f.slice(0, -4)),
  }),
  resource: (input) => receiptResource(input.file),
  run: async ({ input }) => {
    const { fileName, bytes } = await timesheetReceipt(input.file);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Length": String(bytes.length),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
