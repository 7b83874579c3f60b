import { getActor } from "@/lib/auth/session";
import { priorityDocumentFor } from "@/lib/queue/applications/document";

// The priority document of a queue application (the parent who applied, a representative of the child,
// or an education authority over a chosen kindergarten); 404 for anyone else.
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ locale: string; applicationId: string }> },
) {
  const { applicationId } = await params;
  const file = await priorityDocumentFor(await getActor(), applicationId);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.row.mimeType,
      "content-length": String(file.row.size),
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.row.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
