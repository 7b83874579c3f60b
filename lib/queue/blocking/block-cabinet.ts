import "server-only";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { maskIin } from "@/lib/iin/iin";
import { personName } from "@/lib/org/names";
import { Refusal } from "@/lib/action/refusal";
import type { AuthorityAdminContext as AuthorityContext } from "@/lib/auth/audiences";
import { kindergartensUnder } from "./authority";
import { blockedUntil, contractLastDay } from "./rules";
import type { BlockCabinetInput } from "./schemas";

export const BLOCK_ACTION = "cabinet.block";

// Children the parent represents whose enrolment in the authority's kindergartens is open on or after today.
const openEnrolments = (childIds: string[], orgIds: string[], today: Date) => ({
  childId: { in: childIds },
  organizationId: { in: orgIds },
  OR: [{ endsOn: null }, { endsOn: { gte: today } }],
});

// An authority administrator blocks a parent's cabinet for 6 months for a confirmed violation (passing
// the credentials to a third party, SPEC §1.5): blockedUntil and the reason on the user, their sessions
// ended (sessionVersion + 1), and every open contract (enrolment) of the children they represent with a
// kindergarten under the authority ended today (WITHDRAWN, with the reason). Refused, nothing written:
// a parent with no link to the authority's kindergartens (enrolment or queue choice), a person who
// never opened a cabinet, a cabinet already blocked. One transaction, every change audited.
export async function blockCabinet(ctx: AuthorityContext, input: BlockCabinetInput, now: Date) {
  const orgIds = await kindergartensUnder(ctx.organizationId);
  return prisma.$transaction(
    async (tx) => {
      const person = await tx.person.findUnique({
        where: { iin: input.parentIin },
        include: {
          user: true,
          representedChildren: { where: { status: "VERIFIED" }, select: { childId: true } },
        },
      });
      const childIds = person?.representedChildren.map((r) => r.childId) ?? [];
      const linked =
        person &&
        ((await tx.enrolment.count({
          where: { childId: { in: childIds }, organizationId: { in: orgIds } },
        })) > 0 ||
          (await tx.queueApplication.count({
            where: {
              OR: [{ applicantId: person.id }, { childId: { in: childIds } }],
              choices: { some: { organizationId: { in: orgIds } } },
            },
          })) > 0);
      if (!person || !linked) throw new Refusal("validation.block.notInScope", "parentIin");
      if (!person.user?.registeredAt) throw new Refusal("validation.block.noCabinet", "parentIin");
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${person.user.id} FOR UPDATE`;
      const userBefore = await tx.user.findUniqueOrThrow({ where: { id: person.user.id } });
      if (userBefore.blockedUntil && userBefore.blockedUntil > now)
        throw new Refusal("validation.block.already", "parentIin");
      const until = blockedUntil(now);
      const user = await tx.user.update({
        where: { id: userBefore.id },
        data: { blockedUntil: until, blockReason: input.reason, sessionVersion: { increment: 1 } },
      });

      const ended: string[] = [];
      const candidates = await tx.enrolment.findMany({
        where: openEnrolments(childIds, orgIds, ymdToDbDate(localDate(now))),
        include: { organization: { select: { timeZone: true } } },
      });
      for (const e of candidates) {
        await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${e.childId} FOR UPDATE`;
        const { organization, ...before } = e;
        const today = localDate(now, organization.timeZone);
        if (before.endsOn && dbDateToYmd(before.endsOn) < today) continue;
        const after = await tx.enrolment.update({
          where: { id: e.id },
          data: {
            endsOn: ymdToDbDate(contractLastDay(today, dbDateToYmd(e.startsOn))),
            endKind: "WITHDRAWN",
            endReason: input.reason,
          },
        });
        await audit(tx, {
          actorPersonId: ctx.actor.personId,
          action: "cabinet.block_end_enrolment",
          entityType: "Enrolment",
          entityId: e.id,
          organizationId: e.organizationId,
          before,
          after,
        });
        ended.push(e.id);
      }
      const summary = {
        personId: person.id,
        name: personName(person),
        iin: maskIin(input.parentIin),
        blockedUntil: until,
        reason: input.reason,
        endedEnrolments: ended,
      };
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: BLOCK_ACTION,
        entityType: "User",
        entityId: user.id,
        organizationId: ctx.organizationId,
        before: {
          blockedUntil: userBefore.blockedUntil,
          blockReason: userBefore.blockReason,
          sessionVersion: userBefore.sessionVersion,
        },
        after: { ...summary, sessionVersion: user.sessionVersion },
      });
      return summary;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

// The blocks this authority made, newest first (from their audit records).
export async function recentBlocks(ctx: AuthorityContext, take = 50) {
  const rows = await prisma.auditLog.findMany({
    where: { action: BLOCK_ACTION, organizationId: ctx.organizationId },
    orderBy: { id: "desc" },
    take,
  });
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    ...(r.after as {
      name: string;
      iin: string;
      blockedUntil: string;
      reason: string;
      endedEnrolments: string[];
    }),
  }));
}
