import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TIME_ZONE, addDays, localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { enrolledOn } from "@/lib/kindergarten/groups/enrolled";
import { personName } from "@/lib/org/names";
import { noticeSections } from "./parent-board";
import { PLAN_AHEAD_DAYS } from "./parent-rules";

// How many questions "why was the child absent" wait for this person's answer (the cabinet's badge).
export async function pendingNoticeCount(personId: string): Promise<number> {
  return prisma.absenceNotice.count({
    where: {
      kind: "UNEXPLAINED",
      status: "SENT",
      child: { representatives: { some: { representativeId: personId, status: "VERIFIED" } } },
    },
  });
}

// The parent's notices page: each child they represent with the kindergarten they are in today and
// their notices in sections (to answer first), children with questions waiting first; plus the
// date range an absence may be announced in. Only the actor's own children are read.
export async function parentNoticeBoard(actor: Actor, now: Date) {
  const ids = actor.representedChildIds;
  const today = localDate(now, DEFAULT_TIME_ZONE);
  const [children, notices] = await Promise.all([
    prisma.person.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        sex: true,
        birthDate: true,
        enrolments: {
          where: enrolledOn(ymdToDbDate(today)),
          include: { organization: true, group: true },
          take: 1,
        },
      },
      orderBy: [{ birthDate: "asc" }, { lastName: "asc" }],
    }),
    prisma.absenceNotice.findMany({
      where: { childId: { in: ids }, NOT: { kind: "UNEXPLAINED", status: "CANCELLED" } },
      include: { organization: true, group: true },
      orderBy: { dateFrom: "desc" },
      take: 500,
    }),
  ]);
  const board = children.map((c) => {
    const enrolment = c.enrolments[0] ?? null;
    const childToday = localDate(now, enrolment?.organization.timeZone ?? DEFAULT_TIME_ZONE);
    return {
      child: { id: c.id, name: personName(c), sex: c.sex },
      enrolment,
      today: childToday,
      ...noticeSections(
        notices.filter((n) => n.childId === c.id),
        childToday,
      ),
    };
  });
  board.sort((a, b) => Number(b.awaiting.length > 0) - Number(a.awaiting.length > 0));
  return { children: board, planRange: { min: today, max: addDays(today, PLAN_AHEAD_DAYS) } };
}

export type ParentNoticeBoard = Awaited<ReturnType<typeof parentNoticeBoard>>;
export type ChildNotices = ParentNoticeBoard["children"][number];
export type ParentNotice = ChildNotices["awaiting"][number];
