"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/prisma";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { fieldErrorsOf, type FormState } from "@/lib/form-state";
import { changePasswordSchema, requestCodeSchema } from "./schemas";
import { sendSignInCode } from "./otp/sign-in-code";
import { getActor } from "./session";
import { hashPassword, verifyPassword } from "./password";

async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

// Step 1 of the parent's sign-in: validates phone + IIN and sends the one-time code by SMS.
export async function requestSignInCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { phone: String(formData.get("phone") ?? ""), iin: String(formData.get("iin") ?? "") };
  const parsed = requestCodeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  const t = await getTranslations("sms");
  try {
    await sendSignInCode({
      ...parsed.data,
      ip: await clientIp(),
      now: now(),
      text: (code) => t("signInCode", { code }),
    });
    return { ok: true, values: parsed.data };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}`, values: raw };
    throw e;
  }
}

// Sets a new password (required at the first sign-in with invitation credentials).
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor || actor.audience !== "staff") return { ok: false, message: "errors.unauthenticated" };
  const parsed = changePasswordSchema.safeParse(
    Object.fromEntries(["current", "next", "repeat"].map((k) => [k, String(formData.get(k) ?? "")])),
  );
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.passwordHash || !(await verifyPassword(parsed.data.current, user.passwordHash))) {
    return { ok: false, fieldErrors: { current: "errors.invalid_credentials" } };
  }
  if (parsed.data.current === parsed.data.next)
    return { ok: false, fieldErrors: { next: "errors.password_reuse" } };
  const passwordHash = await hashPassword(parsed.data.next);
  await prisma.$transaction(async (tx) => {
    // The session version stays: this browser keeps its session; others were never allowed in before.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, registeredAt: user.registeredAt ?? now() },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "user.password_changed",
      entityType: "User",
      entityId: user.id,
    });
  });
  return { ok: true };
}

// "Sign out everywhere": every session of this user, in any browser, stops working now.
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "user.signed_out_everywhere",
      entityType: "User",
      entityId: actor.userId,
    });
  });
}
