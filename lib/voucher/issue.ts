import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, todayDbDate } from "@/lib/calendar/db-date";
import { DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from "@/lib/calendar/zone";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import { priorityEligible } from "@/lib/queue/applications/priority";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import { offerOrder, type RatioCounts } from "@/lib/queue/places/queue-order";
import { isStopListed } from "@/lib/queue/places/referral-rules";
import { departmentQueueSettings } from "@/lib/queue/recruitment/settings";
import { acceptDeadline, LIVE_STATUSES, oldEnoughForVoucher } from "./life-rules";
import { sendLifeSms } from "./life-sms";

/** How many vouchers one click may issue (the funded number of a cohort). */
export const MAX_ISSUE = 500;
const TX_OPTIONS = { maxWait: 20_000, timeout: 60_000 } as const;

// The next voucher number of the (Almaty) year, V-YYYY-NNNNNN (the demo data's form), one transaction
// at a time (a transaction-scoped advisory lock).
export async function nextVoucherNumber(tx: Tx, at: Date): Promise<string> {
  const prefix = `V-${localDate(at, DEFAULT_TIME_ZONE).slice(0, 4)}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:voucher-number'))`;
  const [row] = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring(number from '^V-[0-9]{4}-([0-9]+)$')::int) AS n FROM "Voucher" WHERE number LIKE ${`${prefix}%`}`;
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(6, "0")}`;
}

// Vouchers issued this (local) year in a cohort of a district, by the applicant's category: the 1:R
// interleave goes on from where the year's earlier issues left it.
async function voucherRatioCounts(
  tx: Tx,
  territoryId: string,
  birthYear: number,
  at: Date,
): Promise<RatioCounts> {
  const yearStart = startOfLocalDay(`${localDate(at).slice(0, 4)}-01-01`);
  const [row] = await tx.$queryRaw<{ first: bigint; general: bigint }[]>`
    SELECT count(*) FILTER (WHERE a.priority NOT IN ('NONE', 'OUT_OF_TURN')) AS first,
           count(*) FILTER (WHERE a.priority = 'NONE') AS general
    FROM "Voucher" v JOIN "QueueApplication" a ON a.id = v."applicationId"
    WHERE v."issuedAt" >= ${yearStart} AND a."territoryId" = ${territoryId} AND a."birthYear" = ${birthYear}`;
  return { firstPriority: Number(row?.first ?? 0), general: Number(row?.general ?? 0) };
}

/** Who gets a voucher now, in order (read inside the issuing transaction). */
async function issueCandidates(
  tx: Tx,
  o: { territoryId: string; birthYear: number; at: Date; calendar: WorkingCalendar; ratio: number },
) {
  const apps = await tx.queueApplication.findMany({
    where: {
      status: "WAITING",
      territoryId: o.territoryId,
      birthYear: o.birthYear,
      wantsVoucher: true,
      vouchers: { none: { status: { in: [...LIVE_STATUSES] } } },
    },
    select: {
      id: true,
      number: true,
      childId: true,
      applicantId: true,
      priority: true,
      priorityConfirmedAt: true,
      submittedAt: true,
      stopListUntil: true,
      child: { select: { birthDate: true } },
    },
  });
  const links = await tx.legalRepresentative.findMany({
    where: { childId: { in: apps.map((a) => a.childId) }, status: "VERIFIED" },
    select: { childId: true, representativeId: true },
  });
  const verified = new Set(links.map((l) => `${l.childId}|${l.representativeId}`));
  const today = localDate(o.at);
  const eligible = apps
    .filter(
      (a) =>
        verified.has(`${a.childId}|${a.applicantId}`) &&
        !isStopListed(a.stopListUntil, o.at) &&
        !!a.child.birthDate &&
        oldEnoughForVoucher(dbDateToYmd(a.child.birthDate), today),
    )
    .map((a) => ({
      ...a,
      priority: priorityEligible(a, o.at, o.calendar) ? a.priority : ("NONE" as const),
    }));
  return offerOrder(eligible, await voucherRatioCounts(tx, o.territoryId, o.birthYear, o.at), o.ratio);
}

/** The result of an issue: the vouchers made now (fewer than asked when fewer children qualify). */
export type IssueResult = {
  issued: { id: string; number: string; applicationNumber: string }[];
  asked: number;
};

// The department issues `count` vouchers for a birth year (the funded number): to the first `count`
// applications of its district's cohort in queue order (queue-order.ts offerOrder: out of turn, then
// 1:R) that want a voucher, whose applicant is a verified representative, are not stop-listed, whose
// child is at least 1.5 years old today and holds no live voucher (ISSUED, ACCEPTED, ACTIVE). Each gets
// an ISSUED voucher accepting by the end of the 2nd working day, a history entry and an audit record,
// all in one transaction under a per-cohort advisory lock (two officers clicking at once issue one after
// the other, the second seeing the first's vouchers); each application's row is locked and rechecked.
// The SMS go out after the commit, once each.
export async function issueVouchers(
  o: { authorityId: string; birthYear: number; count: number; actorPersonId: string | null },
  at: Date,
): Promise<IssueResult> {
  const authority = await prisma.organization.findUniqueOrThrow({
    where: { id: o.authorityId },
    select: { id: true, territoryId: true },
  });
  const [calendar, settings] = await Promise.all([
    loadQueueCalendar(prisma),
    departmentQueueSettings(o.authorityId),
  ]);
  const count = Math.max(0, Math.min(MAX_ISSUE, Math.floor(o.count)));
  const issued = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`balabaqsha:voucher-issue:${authority.territoryId}:${o.birthYear}`}))`;
    const order = await issueCandidates(tx, {
      territoryId: authority.territoryId,
      birthYear: o.birthYear,
      at,
      calendar,
      ratio: settings.priorityRatioGeneral,
    });
    const out: IssueResult["issued"] = [];
    for (const app of order) {
      if (out.length >= count) break;
      await lockApplication(tx, app.id);
      const live = await tx.voucher.count({
        where: { childId: app.childId, status: { in: [...LIVE_STATUSES] } },
      });
      const still = await tx.queueApplication.count({ where: { id: app.id, status: "WAITING" } });
      if (live > 0 || still === 0) continue;
      const number = await nextVoucherNumber(tx, at);
      const acceptBy = acceptDeadline(at, calendar.isWorkingDay);
      const voucher = await tx.voucher.create({
        data: {
          number,
          childId: app.childId,
          applicationId: app.id,
          status: "ISSUED",
          issuedOn: todayDbDate(at),
          issuedAt: at,
          acceptBy,
        },
      });
      await addHistory(tx, app.id, "voucher_issued", { voucher: number, until: acceptBy.toISOString() }, at);
      await audit(tx, {
        actorPersonId: o.actorPersonId,
        action: "voucher.issue",
        entityType: "Voucher",
        entityId: voucher.id,
        organizationId: o.authorityId,
        after: { ...voucher, application: app.number, birthYear: o.birthYear },
      });
      out.push({ id: voucher.id, number, applicationNumber: app.number });
    }
    return out;
  }, TX_OPTIONS);
  for (const v of issued) await sendLifeSms(v.id, "issued", "issued");
  return { issued, asked: count };
}
