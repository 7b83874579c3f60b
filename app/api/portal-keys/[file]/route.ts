import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { AppError } from "@/lib/errors/app-error";
import { publishedKeys } from "@/lib/security/portal-key";

// One public signing key as PEM (public): `openssl pkeyutl -verify -pubin -inkey {id}.pem …`.
export const GET = routeHandler({
  name: "portal_key.pem",
  permission: "portal_key.read",
  schema: z.object({ file: z.string().regex(/^[0-9a-f]{16}\.pem$/) }),
  run: async ({ input }) => {
    const key = (await publishedKeys()).find((k) => `${k.id}.pem` === input.file);
    if (!key) throw new AppError("not_found");
    return new Response(key.publicKeyPem, {
      headers: { "Content-Type": "application/x-pem-file", "Cache-Control": "public, max-age=300" },
    });
  },
});
