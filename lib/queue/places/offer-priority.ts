import "server-only";
import { prisma } from "@/lib/db/prisma";
import { startOfLocalDay, localDate } from "@/lib/calendar/zone";
import { priorityEligible } from "@/lib/queue/applications/priority";
import { languageFits } from "./claim-rules";
import { issueReferral, ReferralBlocked } from "./issue-referral";
import { PlaceWindows } from "./place-windows";
import { pickPriorityCandidate, priorityRank, type RatioCounts } from "./queue-order";
import { isStopListed } from "./referral-rules";
import { afterReferralIssued } from "./referral-issued";

type Log = (line: string) => void;
const MAX_TRIES = 5;

// Referrals issued this (local) year in a cohort of a district, by the applicant's category (the ratio).
async function ratioCounts(
  territoryId: string,
  birthYear: number,
  at: Date,
  tz: string,
): Promise<RatioCounts> {
  const yearStart = startOfLocalDay(`${localDate(at, tz).slice(0, 4)}-01-01`, tz);
  const rows = await prisma.referral.findMany({
    where: { issuedAt: { gte: yearStart }, application: { territoryId, birthYear } },
    select: { application: { select: { priority: true } } },
  });
  const ranks = rows.map((r) => priorityRank(r.application.priority));
  return { firstPriority: ranks.filter((r) => r === 1).length, general: ranks.filter((r) => r === 2).length };
}

// Decision: in priority access the place is OFFERED automatically, nobody races for it. Each run (and
// right after a release) every place inside its priority window gets a referral for the first
// eligible applicant in priority order (queueOrder.pickPriorityCandidate: out of turn first, then the
// first-priority categories within the 1:R ratio), among the WAITING applications of the cohort and
// district whose category counts now (confirmed, or within its confirmation period), who chose this
// kindergarten, whose language fits the group and who are not on the stop list. A place with no such
// applicant stays in priority access until its window ends and then moves to general access.
export async function offerPriorityPlaces(
  at: Date,
  opts: { placeIds?: string[]; log?: Log; windows?: PlaceWindows } = {},
): Promise<number> {
  const windows = opts.windows ?? new PlaceWindows(prisma);
  const places = await prisma.place.findMany({
    where: { status: "PRIORITY", ...(opts.placeIds ? { id: { in: opts.placeIds } } : {}) },
    include: { group: { select: { name: true } } },
    orderBy: [{ releasedAt: "asc" }, { id: "asc" }],
  });
  let offered = 0;
  for (const place of places) {
    const w = await windows.windowOf(place);
    if (at < w.priorityFrom || at >= w.generalFrom) continue;
    const [org, settings, calendar] = await Promise.all([
      windows.org(place.organizationId),
      windows.settingsOf(place.organizationId),
      windows.calendar(),
    ]);
    const skipped = new Set<string>();
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const apps = await prisma.queueApplication.findMany({
        where: {
          status: "WAITING",
          territoryId: org.territoryId,
          birthYear: place.birthYear,
          priority: { not: "NONE" },
          choices: { some: { organizationId: place.organizationId } },
          id: { notIn: [...skipped] },
        },
        select: {
          id: true,
          number: true,
          priority: true,
          submittedAt: true,
          priorityConfirmedAt: true,
          language: true,
          stopListUntil: true,
        },
      });
      const eligible = apps.filter(
        (a) =>
          languageFits(place.language, a.language) &&
          !isStopListed(a.stopListUntil, at) &&
          priorityEligible(a, at, calendar, org.timeZone),
      );
      const candidate = pickPriorityCandidate(
        eligible,
        await ratioCounts(org.territoryId, place.birthYear, at, org.timeZone),
        settings.priorityRatioGeneral,
      );
      if (!candidate) break;
      const expiresAt = await windows.referralExpiry(place.organizationId, at);
      try {
        const referral = await prisma.$transaction((tx) =>
          issueReferral(tx, {
            place,
            application: candidate,
            access: "priority",
            at,
            expiresAt,
            actorPersonId: null,
          }),
        );
        offered++;
        opts.log?.(
          `places: place ${place.id} offered in priority access to ${candidate.number} (referral ${referral.number})`,
        );
        await afterReferralIssued(referral.id);
        break;
      } catch (e) {
        if (!(e instanceof ReferralBlocked)) throw e;
        if (e.reason === "place_gone") break;
        skipped.add(candidate.id);
      }
    }
  }
  return offered;
}
