import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { smsProvider } from "@/lib/sms/provider";
import { chunks } from "@/lib/jobs/timesheet-rows";
import { ANNUL_ACTION } from "./annul";
import { annulSmsText } from "./texts";

export const SMS_ACTION = "voucher.annul_sms";
/** How far back the job looks for annulments whose SMS is still owed. */
export const NOTIFY_LOOKBACK_DAYS = 35;

type AnnulRecord = { months?: string[]; notify?: string[] };
const toYm = (s: string) => ({ year: Number(s.slice(3)), month: Number(s.slice(0, 2)) });

// Sends the annulment SMS to each legal representative an annulment's audit record names who has a
// phone and has not been sent one yet; each send is recorded right after it succeeds, so a rerun sends
// only what is missing. What the batch needs is read in four queries (vouchers, their annulment records,
// the SMS already sent, the people); then one message and one audit row per phone. Returns how many SMS
// were sent now.
export async function notifyAnnulments(voucherIds: string[]): Promise<number> {
  if (voucherIds.length === 0) return 0;
  const [vouchers, records, sent] = await Promise.all([
    prisma.voucher.findMany({
      where: { id: { in: voucherIds }, status: "ANNULLED" },
      select: { id: true, number: true, organizationId: true, child: { select: { firstName: true } } },
      orderBy: { id: "asc" },
    }),
    prisma.auditLog.findMany({
      where: { entityType: "Voucher", entityId: { in: voucherIds }, action: ANNUL_ACTION },
      select: { entityId: true, after: true },
      orderBy: { id: "asc" },
    }),
    prisma.auditLog.findMany({
      where: { entityType: "Voucher", entityId: { in: voucherIds }, action: SMS_ACTION },
      select: { entityId: true, after: true },
    }),
  ]);
  const recordOf = new Map(records.map((r) => [r.entityId, (r.after ?? {}) as AnnulRecord])); // the latest wins
  const done = new Set(
    sent.map((s) => `${s.entityId}:${(s.after as { personId?: string } | null)?.personId}`),
  );
  const people = new Map(
    (
      await prisma.person.findMany({
        where: {
          id: { in: [...new Set([...recordOf.values()].flatMap((r) => r.notify ?? []))] },
          phone: { not: null },
        },
        select: { id: true, phone: true },
        orderBy: { id: "asc" },
      })
    ).map((p) => [p.id, p.phone!]),
  );
  let count = 0;
  for (const voucher of vouchers) {
    const record = recordOf.get(voucher.id);
    if (!record) continue;
    const named = (record.notify ?? []).filter((id) => people.has(id)).sort();
    // One SMS per phone: two representatives sharing a phone get one message.
    const phones = new Set(named.filter((id) => done.has(`${voucher.id}:${id}`)).map((id) => people.get(id)));
    const text = annulSmsText({
      childFirstName: voucher.child.firstName,
      number: voucher.number,
      months: (record.months ?? []).map(toYm),
    });
    for (const id of named) {
      const phone = people.get(id)!;
      if (done.has(`${voucher.id}:${id}`) || phones.has(phone)) continue;
      phones.add(phone);
      await smsProvider().send(phone, text);
      await audit(prisma, {
        actorPersonId: null,
        action: SMS_ACTION,
        entityType: "Voucher",
        entityId: voucher.id,
        organizationId: voucher.organizationId,
        after: { personId: id, phone: `…${phone.slice(-4)}` },
      });
      count++;
    }
  }
  return count;
}

// One voucher's SMS still owed (the same path).
export function notifyAnnulment(voucherId: string): Promise<number> {
  return notifyAnnulments([voucherId]);
}

// Sends what is still owed for the vouchers annulled in the last NOTIFY_LOOKBACK_DAYS before `at`,
// a thousand vouchers at a time.
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
  for (const ids of chunks(
    recent.map((v) => v.id),
    1000,
  ))
    sent += await notifyAnnulments(ids);
  return sent;
}
