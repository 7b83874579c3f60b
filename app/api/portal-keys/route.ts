import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { portalKeyPemPath, publishedKeys } from "@/lib/security/portal-key";

// The portal's public signing keys (public; docs/VERIFY.md): each key's id, PEM, since when and until
// when it signed. Each key is also at /api/portal-keys/{id}.pem.
export const GET = routeHandler({
  name: "portal_key.list",
  permission: "portal_key.read",
  schema: z.object({}),
  run: async () => {
    const keys = (await publishedKeys()).map((k) => ({
      id: k.id,
      algorithm: "Ed25519",
      publicKeyPem: k.publicKeyPem,
      pem: portalKeyPemPath(k.id),
      createdAt: k.createdAt.toISOString(),
      retiredAt: k.retiredAt?.toISOString() ?? null,
    }));
    return new Response(JSON.stringify({ keys }, null, 1), {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
    });
  },
});
