"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction, jsonAction } from "@/lib/action/define-action";
import { Refusal } from "@/lib/action/refusal";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { changePasswordSchema, requestCodeSchema } from "./schemas";
import { sendSignInCode } from "./otp/sign-in-code";
import { hashPassword, verifyPassword } from "./password";

async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

// Step 1 of the parent's sign-in: validates phone + IIN and sends the one-time code by SMS.
export const requestSignInCodeAction = formAction({
  name: "signin.request_code",
  permission: "signin.request_code",
  schema: requestCodeSchema,
  run: async ({ input, now }) => {
    const t = await getTranslations("sms");
    await sendSignInCode({ ...input, ip: await clientIp(), now, text: (code) => t("signInCode", { code }) });
    return { values: input };
  },
});

// Sets a new password (required at the first sign-in with invitation credentials).
export const changePasswordAction = formAction({
  name: "password.change",
  permission: "password.change",
  schema: changePasswordSchema,
  keepValues: false,
  run: async ({ actor, input, now }) => {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    if (!user.passwordHash || !(await verifyPassword(input.current, user.passwordHash)))
      throw new Refusal("errors.invalid_credentials", "current");
    if (input.current === input.next) throw new Refusal("errors.password_reuse", "next");
    const passwordHash = await hashPassword(input.next);
    await prisma.$transaction(async (tx) => {
      // The session version stays: this browser keeps its session; others were never allowed in before.
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, mustChangePassword: false, registeredAt: user.registeredAt ?? now },
      });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "user.password_changed",
        entityType: "User",
        entityId: user.id,
      });
    });
  },
});

// "Sign out everywhere": every session of this user, in any browser, stops working now.
export const signOutEverywhereAction = jsonAction({
  name: "session.end_everywhere",
  permission: "session.end_everywhere",
  schema: z.object({}),
  run: async ({ actor }) => {
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "user.signed_out_everywhere",
        entityType: "User",
        entityId: actor.userId,
      });
    });
    return {};
  },
});
