import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/action/define-route";
import { applicationWithAuthorities } from "@/lib/action/resources";
import { applicationDocumentFor } from "@/lib/queue/applications/document";

// A queue application's document — the priority document, or with ?of=representative the document that
// makes the applicant the child's representative — for the applicant, a representative of the child, or
// an education authority over a chosen kindergarten; 404 for anyone else.
export const GET = routeHandler({
  name: "queue.document",
  permission: "queue.document.read",
  schema: z.object({
    applicationId: z.string().min(1).max(64),
    of: z.enum(["priority", "representative"]).default("priority"),
  }),
  resource: (input) => applicationWithAuthorities(input.applicationId),
  run: async ({ actor, input }) => {
    const file = await applicationDocumentFor(actor, input.applicationId, input.of);
    if (!file) throw new AppError("not_found");
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.row.mimeType,
        "content-length": String(file.row.size),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.row.fileName)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox",
        "cache-control": "private, no-store",
      },
    });
  },
});
