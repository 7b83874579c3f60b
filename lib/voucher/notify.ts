import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { smsProvider } from "@/lib/sms/provider";
import { ANNUL_ACTION } from "./annul";
import { annulSmsText } from "./texts";

export const SMS_ACTION = "voucher.annul_sms";
/** How far back the job looks for annulments whose SMS is still owed. */
export const NOTIFY_LOOKBACK_DAYS = 35;

type AnnulRecord = { months?: string[]; notify?: string[] };
const toYm = (s: string) => ({ year: Number(s.slice(3)), month: Number(s.slice(0, 2)) });

// Sends the annulment SMS to each legal representative the annulment's audit record names who has
// a phone and has not been sent one yet; each send is recorded right after it succeeds, so a rerun
// sends only what is missing. Returns how many SMS were sent now.
export async function notifyAnnulment(voucherId: string): Promise<number> {
  const voucher = await prisma.voucher.findUnique({ where: { id: voucherId }, include: { child: true } });
  const [record, sent] = await Promise.all([
    prisma.auditLog.findFirst({
      where: { entityType: "Voucher", entityId: voucherId, action: ANNUL_ACTION },
      orderBy: { id: "desc" },
    }),
    prisma.auditLog.findMany({ where: { entityType: "Voucher", entityId: voucherId, action: SMS_ACTION } }),
  ]);
  if (!voucher || voucher.status !== "ANNULLED" || !record) return 0;
  const after = (record.after ?? {}) as AnnulRecord;
  const done = new Set(sent.map((s) => (s.after as { personId?: string } | null)?.personId));
  const people = await prisma.person.findMany({
    where: { id: { in: after.notify ?? [] }, phone: { not: null } },
    orderBy: { id: "asc" },
  });
  // One SMS per phone: two representatives sharing a phone get one message.
  const phones = new Set(people.filter((p) => done.has(p.id)).map((p) => p.phone));
  const text = annulSmsText({
    childFirstName: voucher.child.firstName,
    number: voucher.number,
    months: (after.months ?? []).map(toYm),
  });
  let count = 0;
  for (const p of people) {
    if (done.has(p.id) || phones.has(p.phone)) continue;
    phones.add(p.phone);
    await smsProvider().send(p.phone!, text);
    await prisma.$transaction((tx) =>
      audit(tx, {
        actorPersonId: null,
        action: SMS_ACTION,
        entityType: "Voucher",
        entityId: voucherId,
        organizationId: voucher.organizationId,
        after: { personId: p.id, phone: `…${p.phone!.slice(-4)}` },
      }),
    );
    count++;
  }
  return count;
}

// Sends what is still owed for the vouchers annulled in the last NOTIFY_LOOKBACK_DAYS before `at`.
export async function notifyPendingAnnulments(at: Date): Promise<number> {
  const recent = await prisma.voucher.findMany({
    where: {
      status: "ANNULLED",
      annulledAt: { gte: new Date(at.getTime() - NOTIFY_LOOKBACK_DAYS * 86_400_000), lte: at },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const v of recent) sent += await notifyAnnulment(v.id);
  return sent;
}
