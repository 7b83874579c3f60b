import "server-only";
import type { NextAuthOptions } from "next-auth";
import { authSecret, env } from "@/lib/env";
import { otpProvider, passwordProvider } from "./providers";
import { edsProvider } from "./eds-provider";
import { isHttpsUrl, sessionCookie } from "./session-cookie";
import { endSession } from "./session-end";
import type { Audience } from "./actor";

// next-auth configuration: stateless signed JWT cookies, providers per sign-in way.
export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: e.SESSION_MAX_AGE },
    jwt: { maxAge: e.SESSION_MAX_AGE },
    pages: { signIn: "/kk/sign-in", error: "/kk/sign-in" },
    // Secure cookies when the public address is https (the session cookie as lib/auth/session-cookie.ts
    // names it, so a renewed session lands in the same cookie).
    useSecureCookies: isHttpsUrl(e.NEXTAUTH_URL),
    cookies: { sessionToken: sessionCookie(e.NEXTAUTH_URL) },
    providers: [otpProvider, passwordProvider, edsProvider],
    events: {
      // Signing out moves the session version on: a copy of this cookie dies with it.
      signOut: async ({ token }) => void (await endSession(token)),
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; audience: Audience; sessionVersion: number };
          token.uid = u.id;
          token.aud = u.audience;
          token.sv = u.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        session.uid = token.uid as string;
        session.aud = token.aud as Audience;
        session.sv = token.sv as number;
        return session;
      },
    },
  };
}

declare module "next-auth" {
  interface Session {
    uid: string;
    aud: Audience;
    sv: number;
  }
}
