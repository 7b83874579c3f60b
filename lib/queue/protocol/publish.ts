import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Job, JobLog } from "@/lib/jobs/types";
import { moveDuePlacesToGeneral } from "@/lib/queue/places/general-access";
import {
  daysToPublish,
  hashContent,
  publicationCutoff,
  publicationDue,
  PROTOCOL_TZ,
  sortEvents,
  type DayContent,
  type PublishedEvent,
} from "./content";

const FROZEN = ["birthYear", "language", "group"];

// The events recorded up to the cut-off that no published day contains yet (a late-committed event
// is published the next day rather than lost), as they will be published.
async function unpublishedEvents(tx: Tx, cutoff: Date): Promise<PublishedEvent[]> {
  const ids = await tx.$queryRaw<{ id: bigint }[]>`
    SELECT e.id FROM "ProtocolEvent" e
    WHERE e.at <= ${cutoff} AND NOT EXISTS (
      SELECT 1 FROM "ProtocolDay" d CROSS JOIN LATERAL jsonb_array_elements(d.content->'events') x WHERE x->>'id' = e.id::text)`;
  const rows = await tx.protocolEvent.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    include: {
      place: { select: { birthYear: true, language: true } },
      organization: {
        select: {
          id: true,
          slug: true,
          shortNameKk: true,
          shortNameRu: true,
          territory: { select: { code: true, nameKk: true, nameRu: true, nameEn: true } },
        },
      },
    },
  });
  return sortEvents(
    rows.map((e) => {
      const d = (e.details ?? {}) as Record<string, unknown>;
      const facts = Object.fromEntries(
        Object.entries(d).filter(
          ([k, v]) => !FROZEN.includes(k) && (v === null || ["string", "number"].includes(typeof v)),
        ),
      ) as PublishedEvent["facts"];
      const o = e.organization;
      return {
        id: e.id.toString(),
        at: e.at.toISOString(),
        kind: e.kind,
        placeId: e.placeId,
        organization: { id: o.id, slug: o.slug, nameKk: o.shortNameKk, nameRu: o.shortNameRu },
        territory: o.territory,
        birthYear: e.place.birthYear,
        language: e.place.language,
        group: typeof d.group === "string" ? d.group : null,
        facts,
      };
    }),
  );
}

// Freezes one day: the unpublished events up to its 18:00 cut-off, with the previous day's hash and its
// own, in one transaction under the publication lock. A day already published, or older than the last
// published one, is left alone (null).
async function publishDay(date: string, at: Date) {
  const cutoff = publicationCutoff(date, PROTOCOL_TZ);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:protocol-publish'))`;
      const last = await tx.protocolDay.findFirst({
        orderBy: { date: "desc" },
        select: { date: true, contentHash: true },
      });
      if (last && dbDateToYmd(last.date) >= date) return null;
      const events = await unpublishedEvents(tx, cutoff);
      const content: DayContent = {
        version: 1,
        date,
        cutoff: cutoff.toISOString(),
        publishedAt: at.toISOString(),
        prevHash: last?.contentHash ?? null,
        events,
      };
      const contentHash = hashContent(content);
      const row = await tx.protocolDay.create({
        data: {
          date: ymdToDbDate(date),
          publishedAt: at,
          eventCount: events.length,
          contentHash,
          prevHash: content.prevHash,
          content: content as unknown as Prisma.InputJsonValue,
        },
      });
      await audit(tx, {
        actorPersonId: null,
        action: "protocol.publish",
        entityType: "ProtocolDay",
        entityId: date,
        after: { date, eventCount: events.length, contentHash, prevHash: content.prevHash },
      });
      return row;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

// Publishes the protocol at `at`: first the places whose priority window is over move to general access
// (so 18:00 moves are in the day), then every day not yet published up to the day due, oldest first,
// each frozen with the events up to its own 18:00 (daysToPublish). A day is published once and never
// rewritten: running again changes nothing. An empty day is published too.
export async function publishProtocol(at: Date, log: JobLog = () => {}) {
  const moved = await moveDuePlacesToGeneral(at, log);
  const { date: due } = publicationDue(at, PROTOCOL_TZ);
  const last = await prisma.protocolDay.findFirst({ orderBy: { date: "desc" }, select: { date: true } });
  let published = 0,
    events = 0;
  for (const date of daysToPublish(last ? dbDateToYmd(last.date) : null, due)) {
    const day = await publishDay(date, at);
    if (!day) continue;
    published++;
    events += day.eventCount;
    log(`publish-protocol: ${date} published with ${day.eventCount} event(s), hash ${day.contentHash}`);
  }
  if (published === 0) log(`publish-protocol: ${due} is already published`);
  return { moved, published, events };
}

// Daily at 18:00 Astana time (pg-boss) and `npm run job -- publish-protocol --at …`.
export const publishProtocolJob: Job = {
  name: "publish-protocol",
  description:
    "Publishes the day's protocol of place releases (hash-chained, immutable) at 18:00 Astana time",
  schedule: { cron: "0 18 * * *", tz: PROTOCOL_TZ },
  run: ({ at, log }) => publishProtocol(at, log),
};
