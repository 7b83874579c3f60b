import "server-only";
import { prisma } from "@/lib/db/prisma";
import { priorityEligible } from "@/lib/queue/applications/priority";
import { languageFits } from "./claim-rules";
import { issueReferral, ReferralBlocked } from "./issue-referral";
import { PlaceWindows } from "./place-windows";
import { pickOfferCandidate } from "./queue-order";
import { ratioCounts } from "./ratio-counts";
import { isStopListed } from "./referral-rules";
import { afterReferralIssued } from "./referral-issued";
import { LIVE_STATUSES } from "@/lib/voucher/life-rules";

type Log = (line: string) => void;
const MAX_TRIES = 5;

// Applications whose applicant's claim to represent the child is not verified (pending or refused): they
// keep their place in the queue but are offered nothing (lib/queue/representatives).
async function unverifiedApplicants(apps: { childId: string; applicantId: string }[]): Promise<Set<string>> {
  const links = await prisma.legalRepresentative.findMany({
    where: { childId: { in: apps.map((a) => a.childId) }, status: { not: "VERIFIED" } },
    select: { childId: true, representativeId: true },
  });
  return new Set(links.map((l) => `${l.childId}|${l.representativeId}`));
}

// Decision: in priority access the place is OFFERED automatically, nobody races for it. Each run (and
// right after a release) every place inside its priority window gets a referral for the first
// applicant in the queue order (queue-order.ts offerOrder: out of turn first, then the first-priority
// categories and the applicants without a category interleaved by the 1:R ratio), among the WAITING
// applications of the cohort and district that chose this kindergarten, whose language fits the group,
// who are not on the stop list and whose applicant is a verified representative. A category counts while
// confirmed or within its confirmation period. A place with no such applicant stays in priority access
// until its window ends and then moves to general access.
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
          choices: { some: { organizationId: place.organizationId } },
          // A live voucher (issued, accepted, under contract) holds the child's turn: no place meanwhile.
          vouchers: { none: { status: { in: [...LIVE_STATUSES] } } },
          id: { notIn: [...skipped] },
        },
        select: {
          id: true,
          number: true,
          childId: true,
          applicantId: true,
          priority: true,
          submittedAt: true,
          priorityConfirmedAt: true,
          language: true,
          stopListUntil: true,
        },
      });
      const unverified = await unverifiedApplicants(apps);
      // A category counts while confirmed or within its confirmation period; otherwise the applicant
      // stands in the queue without one.
      const eligible = apps
        .filter(
          (a) =>
            languageFits(place.language, a.language) &&
            !isStopListed(a.stopListUntil, at) &&
            !unverified.has(`${a.childId}|${a.applicantId}`),
        )
        .map((a) => ({
          ...a,
          priority: priorityEligible(a, at, calendar, org.timeZone) ? a.priority : ("NONE" as const),
        }));
      const candidate = pickOfferCandidate(
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
