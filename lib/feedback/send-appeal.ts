import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { mailProvider } from "@/lib/mail/provider";
import { newAppealMail } from "./mail-texts";
import { feedbackShown, lockPublicMessages } from "./org";
import { recentMessages } from "./limits";
import { appealsOpen, underLimits } from "./rules";
import type { AppealInput } from "./schemas";

// A citizen's electronic appeal (anyone, signed in or not): accepted only while the organisation shows its
// feedback and its appeals e-mail is confirmed, and within the hourly limits (rules.ts); stored as a NEW
// appeal in the administration's inbox, audited with the client's address, and — after the transaction
// commits — e-mailed to the confirmed address. A refusal writes nothing. A failed e-mail leaves the appeal
// in the inbox (logged without addresses).
export async function sendAppeal(o: {
  actor: Actor | null;
  organizationId: string;
  input: AppealInput;
  ip: string | null;
  now: Date;
}): Promise<{ id: string; mailed: boolean }> {
  const { organizationId, input, now } = o;
  const { appeal, to, org } = await prisma.$transaction(async (tx) => {
    await lockPublicMessages(tx, organizationId);
    const org = await tx.organization.findFirst({
      where: { id: organizationId, archivedAt: null },
      select: { shortNameKk: true, shortNameRu: true, timeZone: true, settings: true },
    });
    if (!org || !feedbackShown(org.settings, o.actor, organizationId)) throw new AppError("not_found");
    if (!appealsOpen(org.settings)) throw new Refusal("feedback.appeal.closed");
    const recent = await recentMessages(tx, {
      organizationId,
      kind: "appeal",
      email: input.email,
      ip: o.ip,
      now,
    });
    if (!underLimits(recent)) throw new Refusal("feedback.tooMany");
    const appeal = await tx.appeal.create({
      data: {
        organizationId,
        authorName: input.authorName,
        email: input.email,
        phone: input.phone,
        subject: input.subject,
        body: input.body,
        status: "NEW",
        createdAt: now,
      },
    });
    // Audit records name ids and statuses, never the citizen's text.
    await audit(tx, {
      actorPersonId: o.actor?.personId ?? null,
      action: "appeal.create",
      entityType: "Appeal",
      entityId: appeal.id,
      organizationId,
      after: { status: appeal.status },
      ip: o.ip,
    });
    return { appeal, to: org.settings!.appealsEmail!, org };
  });
  try {
    await mailProvider().send(newAppealMail(to, org, appeal));
    return { id: appeal.id, mailed: true };
  } catch (error) {
    log.error("feedback.appeal_mail_failed", { organizationId, appealId: appeal.id, error });
    return { id: appeal.id, mailed: false };
  }
}
