import { z } from "zod";
import { routing } from "@/i18n/routing";
import { routeHandler } from "@/lib/action/define-route";
import { AppError } from "@/lib/errors/app-error";
import { dayFromFileName } from "@/lib/queue/protocol/canonical";
import { publishedDayBytes } from "@/lib/queue/protocol/published";

// A published day of the protocol (public): exactly the bytes its hash covers (docs/VERIFY.md). A
// published day never changes, so it is cached for a year.
export const GET = routeHandler({
  name: "protocol.day",
  permission: "protocol.read",
  schema: z.object({
    locale: z.enum(routing.locales),
    file: z.string().transform((f, ctx) => dayFromFileName(f) ?? (ctx.addIssue({ code: "custom" }), z.NEVER)),
  }),
  run: async ({ input }) => {
    const bytes = await publishedDayBytes(input.file);
    if (!bytes) throw new AppError("not_found");
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(bytes.length),
        "Cache-Control": "public, max-age=31536000, immutable",
      },
    });
  },
});
