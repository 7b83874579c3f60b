import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { FEEDBACK_LIMITS, type RecentMessages } from "./rules";

// What one organisation received in the last hour from an e-mail (appeals or questions, by `kind`) and from
// a client address (both kinds: the audit records of appeals and questions keep the address). Called under
// lockPublicMessages, so parallel messages are counted one after the other.
export async function recentMessages(
  tx: Tx,
  o: { organizationId: string; kind: "appeal" | "question"; email: string; ip: string | null; now: Date },
): Promise<RecentMessages> {
  const since = new Date(o.now.getTime() - FEEDBACK_LIMITS.windowMs);
  const byEmail = { organizationId: o.organizationId, email: o.email, createdAt: { gt: since } };
  const [fromEmail, fromIp] = await Promise.all([
    o.kind === "appeal" ? tx.appeal.count({ where: byEmail }) : tx.qaItem.count({ where: byEmail }),
    o.ip
      ? tx.auditLog.count({
          where: {
            organizationId: o.organizationId,
            action: { in: ["appeal.create", "qa.ask"] },
            ip: o.ip,
            at: { gt: since },
          },
        })
      : Promise.resolve(0),
  ]);
  return { fromEmail, fromIp };
}
