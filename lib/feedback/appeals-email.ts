import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { consumeCode, issueCode } from "@/lib/auth/otp/codes";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { mailProvider } from "@/lib/mail/provider";
import { confirmCodeMail } from "./mail-texts";
import { lockSettings } from "./org";
import { sameEmail, withAppealsEmail } from "./rules";

// The appeals e-mail (seed 002 §3.2.5): the administrator enters the address, a 6-digit code is sent to it
// (lib/auth/otp: stored hashed, bound to the organisation and the address, 5 minutes, 5 attempts, sending
// rate-limited), and entering the code confirms it. Until then electronic appeals are off (rules.ts).

type Ctx = { actor: Actor; organizationId: string };
const pick = (s: { appealsEmail: string | null; appealsEmailConfirmedAt: Date | null } | null) =>
  s ? { appealsEmail: s.appealsEmail, appealsEmailConfirmedAt: s.appealsEmailConfirmedAt } : null;

const target = (organizationId: string, email: string) =>
  ({ purpose: "EMAIL_CONFIRM", destination: email, subject: organizationId }) as const;

// Sets the appeals e-mail (a new address clears the confirmation) and sends it a confirmation code.
// Refused when that address is already confirmed, or (rate_limited) when codes were sent too often —
// then nothing is written. Returns whether the code's e-mail went out.
export async function requestAppealsEmailCode(
  ctx: Ctx,
  email: string,
  o: { ip: string | null; now: Date },
): Promise<{ sent: boolean }> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  const current = await prisma.organizationSettings.findUnique({ where: { organizationId } });
  if (current?.appealsEmail && current.appealsEmailConfirmedAt && sameEmail(current.appealsEmail, email))
    throw new Refusal("feedback.email.alreadyConfirmed", "email");
  // The code first: a refused send (too often) changes nothing; a code whose address is then not kept
  // can't confirm anything (it is bound to the address).
  const code = await issueCode({ ...target(organizationId, email), ip: o.ip, now: o.now });
  const org = await prisma.$transaction(async (tx) => {
    const before = await lockSettings(tx, organizationId);
    const next = withAppealsEmail(before, email);
    if (
      before.appealsEmail !== next.appealsEmail ||
      before.appealsEmailConfirmedAt !== next.appealsEmailConfirmedAt
    ) {
      const after = await tx.organizationSettings.update({ where: { organizationId }, data: next });
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "feedback.appeals_email_set",
        entityType: "OrganizationSettings",
        entityId: organizationId,
        organizationId,
        before: pick(before),
        after: pick(after),
      });
    }
    return tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { shortNameKk: true, shortNameRu: true, timeZone: true },
    });
  });
  try {
    await mailProvider().send(confirmCodeMail(email, org, code));
    return { sent: true };
  } catch (error) {
    log.error("feedback.code_mail_failed", { organizationId, error });
    return { sent: false };
  }
}

// Confirms the appeals e-mail with the code sent to it: electronic appeals open. A wrong code is refused
// (and counts as an attempt: the code dies after five); nothing else is written.
export async function confirmAppealsEmail(ctx: Ctx, code: string, now: Date): Promise<void> {
  const { actor, organizationId } = ctx;
  authorize(actor, "org.feedback.manage", { organizationId });
  const current = await prisma.organizationSettings.findUnique({ where: { organizationId } });
  const email = current?.appealsEmail;
  if (!email) throw new Refusal("feedback.email.noAddress");
  if (current.appealsEmailConfirmedAt) throw new Refusal("feedback.email.alreadyConfirmed");
  try {
    await consumeCode({ ...target(organizationId, email), code, now });
  } catch (e) {
    if (e instanceof AppError && e.code.startsWith("code_"))
      throw new Refusal(
        `errors.${e.code as "code_invalid" | "code_expired" | "code_attempts_exceeded"}`,
        "code",
      );
    throw e;
  }
  await prisma.$transaction(async (tx) => {
    const before = await lockSettings(tx, organizationId);
    // The address may have changed since the code was checked: then this code confirms nothing.
    if (before.appealsEmail !== email || before.appealsEmailConfirmedAt)
      throw new Refusal("feedback.email.changed");
    const after = await tx.organizationSettings.update({
      where: { organizationId },
      data: { appealsEmailConfirmedAt: now },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "feedback.appeals_email_confirm",
      entityType: "OrganizationSettings",
      entityId: organizationId,
      organizationId,
      before: pick(before),
      after: pick(after),
    });
  });
}
