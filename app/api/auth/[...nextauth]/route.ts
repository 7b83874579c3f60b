import NextAuth from "next-auth";
import { z } from "zod";
import { routeHandler } from "@/lib/action/define-route";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints (sign-in callbacks, CSRF, session, sign-out): public; each provider checks
// what it is given (lib/auth/authenticate.ts).
const handler = routeHandler<{ nextauth: string[] }, "session.sign_in", z.ZodType>({
  name: "auth.nextauth",
  permission: "session.sign_in",
  schema: z.object({ nextauth: z.array(z.string()).min(1).max(4) }).passthrough(),
  run: ({ request, context }) => NextAuth(authOptions())(request, context),
});

export { handler as GET, handler as POST };
