import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { textResponse } from "@/lib/action/state-texts";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

// The benchmark's floor (issue 14, bench/run.mjs): the cheapest answer the server can give that still
// goes through the proxy, the route builder and one query — `SELECT 1` and a tiny text. It exists only
// when the server was started with BENCH_FLOOR=1 (the benchmark does); anywhere else it is a 404.
export const GET = routeHandler({
  name: "bench.floor",
  permission: "protocol.read",
  schema: z.object({}).catchall(z.string()),
  run: async () => {
    if (env().BENCH_FLOOR !== "1") return textResponse(undefined, "errors.not_found", 404);
    await prisma.$queryRaw`SELECT 1`;
    return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  },
});
