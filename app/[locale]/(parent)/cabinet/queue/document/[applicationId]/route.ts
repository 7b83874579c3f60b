import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { applicationWithAuthorities } from "@/lib/action/resources";
import { priorityDocumentFor } from "@/lib/queue/applications/document";

// The priority document of a queue application (a representative of the child, or an education
// authority over a chosen kindergarten); 404 for anyone else.
export const GET = routeHandler({
  name: "queue.document",
  permission: "queue.document.read",
  schema: z.object({ applicationId: z.string().min(1).max(64) }),
  resource: (input) => applicationWithAuthorities(input.applicationId),
  run: async ({ actor, input }) => {
    const file = await priorityDocumentFor(actor, input.applicationId);
    if (!file) return new Response(null, { status: 404 });
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
