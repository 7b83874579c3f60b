import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { lockSettings } from "./org";
import type { ContactsInput } from "./schemas";

export const CONTACT_FIELDS = [
  "phones",
  "email",
  "actualAddress",
  "receptionRulesKk",
  "receptionRulesRu",
  "receptionHours",
] as const;
type Row = Record<(typeof CONTACT_FIELDS)[number], string | null>;
const pick = (row: Row) => Object.fromEntries(CONTACT_FIELDS.map((f) => [f, row[f]]));

// The feedback block's contacts for citizens (phones, e-mail, the reception's address) and the rules and
// hours of personal reception, shown on the public Feedback tab; its administrators only; audited.
export async function saveFeedbackContacts(actor: Actor, input: ContactsInput): Promise<void> {
  const { organizationId } = input;
  authorize(actor, "org.feedback.manage", { organizationId });
  await prisma.$transaction(async (tx) => {
    const before = await lockSettings(tx, organizationId);
    const after = await tx.organizationSettings.update({
      where: { organizationId },
      data: Object.fromEntries(CONTACT_FIELDS.map((f) => [f, input[f]])),
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "feedback.contacts_update",
      entityType: "OrganizationSettings",
      entityId: organizationId,
      organizationId,
      before: pick(before),
      after: pick(after),
    });
  });
}
