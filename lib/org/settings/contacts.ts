import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { lockedSettings } from "./org";
import type { ContactsInput } from "./schemas";

const FIELDS = ["legalAddress", "actualAddress", "phones", "fax", "email", "website"] as const;
const pick = (row: Record<(typeof FIELDS)[number], string | null>) =>
  Object.fromEntries(FIELDS.map((f) => [f, row[f]]));

// The organisation's contacts shown on its profile (legal and actual address, phones, fax, e-mail,
// website — checked by the schema); its administrators only; audited before → after.
export async function saveContacts(actor: Actor, input: ContactsInput) {
  const { organizationId } = input;
  authorize(actor, "org.administer", { organizationId });
  await prisma.$transaction(async (tx) => {
    const before = await lockedSettings(tx, organizationId);
    const after = await tx.organizationSettings.update({
      where: { organizationId },
      data: Object.fromEntries(FIELDS.map((f) => [f, input[f]])),
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "org.contacts_update",
      entityType: "OrganizationSettings",
      entityId: organizationId,
      organizationId,
      before: pick(before),
      after: pick(after),
    });
  });
}
