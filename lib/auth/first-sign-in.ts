import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";

// The person's user account, created (and audited as "user.first_sign_in") when they sign in for the
// first time. INSERT … ON CONFLICT DO NOTHING: two first sign-ins at once make one account, one record.
export async function userOf(tx: Tx, personId: string, method: "OTP" | "EDS", at: Date, ip: string | null) {
  const created = await tx.user.createManyAndReturn({
    data: [{ personId, registeredAt: at }],
    skipDuplicates: true,
    select: { id: true },
  });
  for (const u of created)
    await audit(tx, {
      actorPersonId: personId,
      action: "user.first_sign_in",
      entityType: "User",
      entityId: u.id,
      after: { method, registeredAt: at },
      ip,
    });
  return tx.user.findUniqueOrThrow({ where: { personId } });
}
