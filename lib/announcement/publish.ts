import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/audit";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { localDate } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { choosesOrganisations, codesRefused, specOf, storedAudiences, type AudienceSpec } from "./audiences";
import { countReach, insertRecipients, orgsOutsideTree, type Publication, type Reach } from "./resolve";
import type { PublishInput } from "./schemas";

// Publishing an announcement (SPEC §3.3): the text, an optional read-by date (today or later in the author
// organisation's time zone), the audiences its kind may address and, for an authority, the subordinate
// organisations chosen — each under it. The recipients are resolved and stored in the same transaction
// (lib/announcement/resolve.ts), so later staff changes never rewrite who was asked; publishing to nobody
// is refused. The review step runs the same checks and counts whom it would reach, writing nothing.

/** The author organisation, as the checks need it. */
export type AuthorOrg = { id: string; kind: OrgKind; timeZone: string };

export async function loadAuthorOrg(id: string): Promise<AuthorOrg> {
  const org = await prisma.organization.findUnique({
    where: { id },
    select: { id: true, kind: true, timeZone: true },
  });
  if (!org) throw new AppError("not_found");
  return org;
}

// The resolution spec of the input: the codes, and the chosen organisations when a code looks below the author.
function specFor(input: PublishInput): AudienceSpec {
  const spec = specOf(input.codes);
  const below = spec.subordinateRoles.length > 0 || spec.kindergartenEmployees || spec.kindergartenParents;
  return below ? { ...spec, orgIds: [...new Set(input.orgIds)] } : spec;
}

// The checks of the text step: the read-by date is not in the past.
function checkContent(org: AuthorOrg, input: PublishInput, now: Date): void {
  if (input.readBy && input.readBy < localDate(now, org.timeZone))
    throw new Refusal("validation.announcements.readByPast", "readBy");
}

// The checks of the audience step: the codes are the kind's, the chosen organisations are under the author.
async function checkAudience(db: Tx | typeof prisma, org: AuthorOrg, input: PublishInput): Promise<void> {
  if (codesRefused(org.kind, input.codes).length) throw new Refusal("validation.chooseFromList", "codes");
  if (input.orgIds.length && !choosesOrganisations(org.kind))
    throw new Refusal("validation.chooseFromList", "orgIds");
  if ((await orgsOutsideTree(db, org.id, input.orgIds)).length)
    throw new Refusal("validation.announcements.orgOutside", "orgIds");
}

const publicationOf = (actor: Actor, org: AuthorOrg, now: Date): Publication => ({
  organizationId: org.id,
  authorId: actor.personId,
  day: localDate(now, org.timeZone),
});

// The wizard's check of a step without writing: null after the text step, whom it reaches after the audience.
export async function checkAnnouncement(
  actor: Actor,
  org: AuthorOrg,
  input: PublishInput,
  now: Date,
): Promise<Reach | null> {
  checkContent(org, input, now);
  if (input.intent === "content") return null;
  await checkAudience(prisma, org, input);
  const reach = await countReach(prisma, publicationOf(actor, org, now), specFor(input));
  if (reach.total === 0) throw new Refusal("validation.announcements.nobody", "codes");
  return reach;
}

// Publishes: the announcement, its recipients in one INSERT … SELECT, and the audit record, in one transaction.
export async function publishAnnouncement(
  actor: Actor,
  org: AuthorOrg,
  input: PublishInput,
  now: Date,
): Promise<{ id: string; recipients: number }> {
  checkContent(org, input, now);
  const spec = specFor(input);
  return prisma.$transaction(
    async (tx) => {
      await checkAudience(tx, org, input);
      const audiences = storedAudiences(input.codes, spec.orgIds);
      const announcement = await tx.announcement.create({
        data: {
          organizationId: org.id,
          authorId: actor.personId,
          title: input.title,
          body: input.body,
          readByDate: input.readBy ? ymdToDbDate(input.readBy) : null,
          audiences,
          publishedAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      const recipients = await insertRecipients(tx, announcement.id, publicationOf(actor, org, now), spec);
      if (recipients === 0) throw new Refusal("validation.announcements.nobody", "codes");
      await audit(tx, {
        actorPersonId: actor.personId,
        action: "announcement.publish",
        entityType: "Announcement",
        entityId: announcement.id,
        organizationId: org.id,
        after: { readByDate: input.readBy, audiences, recipients, publishedAt: now },
      });
      return { id: announcement.id, recipients };
    },
    // A whole region's parents are ~115,000 rows: give the one INSERT time on a busy machine.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
