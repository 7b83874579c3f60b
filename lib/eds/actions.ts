"use server";
// Server actions of the EDS sign-in: issue a one-time challenge bound to this browser.
import { cookies } from "next/headers";
import { now } from "@/lib/clock/clock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { EDS_BINDING_COOKIE, newBinding } from "./binding-cookie";
import { CHALLENGE_TTL_MS, issueSignInChallenge } from "./challenges";

// What the sign-in card gets: the challenge to sign, or a translated message key.
export type EdsChallengeState =
  { ok: true; challengeId: string; xml: string } | { ok: false; message: string };

// Step 1 of signing in with EDS: a fresh challenge (its XML goes to NCALayer) and the binding cookie.
export async function startEdsSignInAction(): Promise<EdsChallengeState> {
  try {
    const binding = newBinding();
    const challenge = await issueSignInChallenge({ binding, now: now() });
    (await cookies()).set(EDS_BINDING_COOKIE, binding, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: Math.ceil(CHALLENGE_TTL_MS / 1000) + 60,
      secure: (env().NEXTAUTH_URL ?? "").startsWith("https:"),
    });
    return { ok: true, challengeId: challenge.id, xml: challenge.xml };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}` };
    throw e;
  }
}
