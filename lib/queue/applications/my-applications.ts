import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { priorityDeadline, priorityStanding, type PriorityStanding } from "./priority";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import { positionsOf } from "./positions";
import { kindergartenPositions } from "./kindergarten-positions";

// The parent's queue applications — those they submitted and those of children they represent —
// newest first, each with its kindergartens, referrals (newest first), full history and, while
// waiting, its positions in the cohort; a claimed priority's standing and deadline to confirm it.
export async function myApplications(actor: Actor, at: Date) {
  authorize(actor, "cabinet.use");
  const apps = await prisma.queueApplication.findMany({
    where: { OR: [{ applicantId: actor.personId }, { childId: { in: actor.representedChildIds } }] },
    include: {
      child: {
        select: {
          id: true,
          lastName: true,
          firstName: true,
          middleName: true,
          iin: true,
          birthDate: true,
          representatives: {
            where: { representativeId: actor.personId },
            select: { status: true, refusalReason: true, document: { select: { fileName: true } } },
          },
        },
      },
      territory: true,
      choices: {
        include: { organization: { select: { id: true, shortNameKk: true, shortNameRu: true } } },
        orderBy: { rank: "asc" },
      },
      referrals: {
        include: {
          place: {
            include: {
              organization: { select: { shortNameKk: true, shortNameRu: true, timeZone: true } },
              group: { select: { name: true } },
            },
          },
        },
        orderBy: { issuedAt: "desc" },
      },
      history: { orderBy: [{ at: "desc" }, { id: "desc" }] },
      priorityDocument: { select: { fileName: true, size: true } },
    },
    orderBy: { submittedAt: "desc" },
  });
  const positions = await positionsOf(apps);
  const cal = apps.some((a) => a.priority !== "NONE" && !a.priorityConfirmedAt)
    ? await loadQueueCalendar(prisma)
    : null;
  const perKindergarten = new Map(
    await Promise.all(
      apps
        .filter((a) => a.status === "WAITING")
        .map(async (a) => [a.id, await kindergartenPositions(a, at)] as const),
    ),
  );
  return apps.map((a) => ({
    ...a,
    /** Its turn for each chosen kindergarten's next priority place (waiting applications only). */
    kindergartenPositions: perKindergarten.get(a.id) ?? [],
    /** This parent's own link to the child: a claim with a document may wait for the district officer. */
    myLink: a.child.representatives[0] ?? null,
    position: positions.get(a.id) ?? null,
    standing: (cal
      ? priorityStanding(a, at, cal)
      : a.priority === "NONE"
        ? "none"
        : "confirmed") as PriorityStanding,
    priorityDeadline:
      cal && a.priority !== "NONE" && !a.priorityConfirmedAt ? priorityDeadline(a.submittedAt, cal) : null,
  }));
}

export type MyApplication = Awaited<ReturnType<typeof myApplications>>[number];
