"use server";
// Server actions of the EDS sign-in: issue a one-time challenge bound to this browser.
import { cookies } from "next/headers";
import { z } from "zod";
import { jsonAction } from "@/lib/action/define-action";
import { env } from "@/lib/env";
import { EDS_BINDING_COOKIE, newBinding } from "./binding-cookie";
import { CHALLENGE_TTL_MS, issueSignInChallenge } from "./challenges";

// Step 1 of signing in with EDS: a fresh challenge (its XML goes to NCALayer) and the binding cookie.
export const startEdsSignInAction = jsonAction({
  name: "signin.eds_challenge",
  permission: "signin.eds_challenge",
  schema: z.object({}),
  run: async ({ now }) => {
    const binding = newBinding();
    const challenge = await issueSignInChallenge({ binding, now });
    (await cookies()).set(EDS_BINDING_COOKIE, binding, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: Math.ceil(CHALLENGE_TTL_MS / 1000) + 60,
      secure: (env().NEXTAUTH_URL ?? "").startsWith("https:"),
    });
    return { challengeId: challenge.id, xml: challenge.xml };
  },
});
