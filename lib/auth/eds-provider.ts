import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { now } from "@/lib/clock/clock";
import { authenticateByEds } from "@/lib/eds/authenticate";
import { bindingFromCookieHeader } from "@/lib/eds/binding-cookie";
import { clientInfo, withCodes, type Req } from "./providers";

// The browser-binding cookie of the EDS challenge, from the request next-auth hands to authorize().
function binding(req: Req): string | null {
  const h = req?.headers?.cookie;
  return bindingFromCookieHeader(Array.isArray(h) ? h.join("; ") : h);
}

// Parents: a server-issued challenge signed in NCALayer with the authentication key (lib/eds/).
// The client calls signIn("eds", { redirect: false, challengeId, signedXml }).
export const edsProvider = CredentialsProvider({
  id: "eds",
  name: "EDS (NCALayer)",
  credentials: { challengeId: { type: "text" }, signedXml: { type: "text" } },
  authorize: (c, req) =>
    withCodes(() =>
      authenticateByEds(
        { challengeId: c?.challengeId ?? "", signedXml: c?.signedXml ?? "", binding: binding(req as Req) },
        clientInfo(req as Req),
        now(),
      ),
    ),
});
