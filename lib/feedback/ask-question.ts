import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import { feedbackShown, lockPublicMessages } from "./org";
import { recentMessages } from "./limits";
import { underLimits } from "./rules";
import type { QuestionInput } from "./schemas";

// A citizen's question for the public questions and answers (anyone, while the organisation shows its
// feedback; hourly limits as for appeals): stored unpublished and unanswered — it appears publicly only
// once an administrator answers and publishes it. Audited with the client's address; a refusal writes nothing.
export async function askQuestion(o: {
  actor: Actor | null;
  organizationId: string;
  input: QuestionInput;
  ip: string | null;
  now: Date;
}): Promise<{ id: string }> {
  const { organizationId, input, now } = o;
  return prisma.$transaction(async (tx) => {
    await lockPublicMessages(tx, organizationId);
    const org = await tx.organization.findFirst({
      where: { id: organizationId, archivedAt: null },
      select: { settings: true },
    });
    if (!org || !feedbackShown(org.settings, o.actor, organizationId)) throw new AppError("not_found");
    const recent = await recentMessages(tx, {
      organizationId,
      kind: "question",
      email: input.email,
      ip: o.ip,
      now,
    });
    if (!underLimits(recent)) throw new Refusal("feedback.tooMany");
    const item = await tx.qaItem.create({
      data: {
        organizationId,
        authorName: input.authorName,
        email: input.email,
        question: input.question,
        published: false,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorPersonId: o.actor?.personId ?? null,
      action: "qa.ask",
      entityType: "QaItem",
      entityId: item.id,
      organizationId,
      after: { published: false },
      ip: o.ip,
    });
    return { id: item.id };
  });
}
