"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction, jsonAction } from "@/lib/action/define-action";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { requestClientIp } from "./client-ip";
import { changePasswordSchema, requestCodeSchema } from "./schemas";
import { sendSignInCode } from "./otp/sign-in-code";
import { changePassword } from "./change-password";
import { renewSessionCookie } from "./session-cookie";

// Step 1 of the parent's sign-in: validates phone + IIN and sends the one-time code by SMS.
export const requestSignInCodeAction = formAction({
  name: "signin.request_code",
  permission: "signin.request_code",
  schema: requestCodeSchema,
  run: async ({ input, now }) => {
    const t = await getTranslations("sms");
    await sendSignInCode({
      ...input,
      ip: await requestClientIp(),
      now,
      text: (code) => t("signInCode", { code }),
    });
    return { values: input };
  },
});

// Sets a new password (required at the first sign-in with invitation credentials). Other sessions of the
// account end; this browser's session is renewed with the new session version.
export const changePasswordAction = formAction({
  name: "password.change",
  permission: "password.change",
  schema: changePasswordSchema,
  keepValues: false,
  run: async ({ actor, input, now }) => {
    const { sessionVersion } = await changePassword(actor, input, now);
    await renewSessionCookie(actor.userId, sessionVersion);
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
