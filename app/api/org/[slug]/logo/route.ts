import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/action/define-route";
import { logoBySlug } from "@/lib/org/settings/logo";

// The organisation's logo (public, like the profile that shows it): the stored 150×150 image with the type
// recorded when it was made, cached for five minutes; 404 for an organisation without one (or none at all).
export const GET = routeHandler({
  name: "org.logo",
  permission: "org.logo.read",
  schema: z.object({ slug: z.string().trim().min(1).max(120) }),
  run: async ({ input }) => {
    const file = await logoBySlug(input.slug);
    if (!file) throw new AppError("not_found");
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.row.mimeType,
        "content-length": String(file.bytes.length),
        "cache-control": "public, max-age=300",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
