import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { loadQueueSettings, type QueueSettings } from "@/lib/queue/places/queue-calendar";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import type { QueueSettingsInput } from "./schemas";

// The department's queue periods (its own settings row, or the defaults).
export async function departmentQueueSettings(authorityId: string): Promise<QueueSettings> {
  return loadQueueSettings(prisma, { id: authorityId, parentId: null });
}

// Sets the department's queue periods: the 1:R ratio, the priority window, the referral validity (working
// days) and the stop list (calendar days). They apply to its kindergartens' places from then on.
export async function saveQueueSettings(ctx: AuthorityContext, input: QueueSettingsInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organizationSettings.findUnique({
      where: { organizationId: ctx.organizationId },
    });
    const after = await tx.organizationSettings.upsert({
      where: { organizationId: ctx.organizationId },
      create: { organizationId: ctx.organizationId, ...input },
      update: input,
    });
    const pick = (s: QueueSettings | null) =>
      s
        ? {
            priorityRatioGeneral: s.priorityRatioGeneral,
            priorityWindowWorkDays: s.priorityWindowWorkDays,
            referralValidityWorkDays: s.referralValidityWorkDays,
            stopListDays: s.stopListDays,
          }
        : null;
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "queue_settings.update",
      entityType: "OrganizationSettings",
      entityId: ctx.organizationId,
      organizationId: ctx.organizationId,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}
