import { z } from "zod";
import { routing } from "@/i18n/routing";
import { routeHandler } from "@/lib/action/define-route";
import { publishedChain } from "@/lib/queue/protocol/published";

// The protocol's chain (public): every published day's date, hash, previous hash and event count, and
// the head. A new day is added at 18:00 Astana time, so it is cached for a minute only.
export const GET = routeHandler({
  name: "protocol.chain",
  permission: "protocol.read",
  schema: z.object({ locale: z.enum(routing.locales) }),
  run: async () =>
    new Response(JSON.stringify(await publishedChain(), null, 1), {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=60" },
    }),
});
