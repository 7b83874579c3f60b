import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/action/define-route";
import { documentFile } from "@/lib/profile/documents";
import { loadProfile } from "@/lib/profile/org";

// A document of an organisation's profile, while the viewer sees its documents (public unless the
// feature or the site is off: lib/profile/visibility.ts); always a download, never rendered (a sandbox
// policy and nosniff), whatever its format. 404 for anything else.
export const GET = routeHandler({
  name: "profile.document_file",
  permission: "profile.read",
  schema: z.object({ slug: z.string().min(1).max(100), documentId: z.string().min(1).max(64) }),
  run: async ({ actor, input }) => {
    const profile = await loadProfile(input.slug, actor);
    const file =
      profile && profile.view.documents.read ? await documentFile(profile.org.id, input.documentId) : null;
    if (!file) throw new AppError("not_found");
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.row.mimeType,
        "content-length": String(file.row.size),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.row.fileName)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "cache-control": "private, no-store",
      },
    });
  },
});
