import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { type Actor, isAuthorityMember, isKindergartenManager } from "@/lib/auth/actor";
import { personName } from "@/lib/org/names";
import { diffOf, type DiffLine } from "./diff";

// The audit history of an organisation, of a child and of a timesheet, a page at a time, newest first
// (issue 15 §5). What a viewer reads is limited to the records of the organisations where the policy's
// "audit.read" holds for them — their own kindergartens as a manager, and every organisation under an
// authority they work in (the same tree the policy's orgPath walks: an excluded subordinate is outside
// it). Each record is shown as who, when, what and the fields it changed, personal data masked
// (lib/audit/diff.ts).

export const HISTORY_PAGE = 50;

export type HistorySubject = { kind: "org" | "child" | "timesheet"; id: string };

export type HistoryRow = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  actor: string | null;
  lines: DiffLine[];
};

// The organisations whose records this actor may read (see above).
export async function auditScope(actor: Actor): Promise<string[]> {
  if (actor.audience !== "staff" || actor.mustChangePassword) return [];
  const managed = actor.memberships.filter(isKindergartenManager).map((m) => m.organizationId);
  const authorities = actor.memberships.filter(isAuthorityMember).map((m) => m.organizationId);
  if (authorities.length === 0) return [...new Set(managed)];
  const under = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Organization" WHERE id = ANY(${authorities}::text[])
      UNION
      SELECT o.id FROM "Organization" o JOIN tree ON o."parentId" = tree.id
      WHERE o."subordinationExcludedAt" IS NULL
    )
    SELECT id FROM tree`;
  return [...new Set([...managed, ...under.map((r) => r.id)])];
}

// The records that are about the subject (by their entity), before the scope and the page.
function aboutSubject(s: HistorySubject): Prisma.Sql {
  if (s.kind === "org") return Prisma.sql`a."organizationId" = ${s.id}`;
  if (s.kind === "timesheet")
    return Prisma.sql`(
      (a."entityType" = 'Timesheet' AND a."entityId" = ${s.id})
      OR (a."entityType" = 'TimesheetDispute' AND a."entityId" IN (
        SELECT d.id FROM "TimesheetDispute" d WHERE d."timesheetId" = ${s.id}))
      OR (a."entityType" = 'AttendanceMark' AND a."entityId" IN (
        SELECT m.id::text FROM "AttendanceMark" m JOIN "Timesheet" t
          ON t."childId" = m."childId" AND t."organizationId" = m."organizationId"
        WHERE t.id = ${s.id} AND m.date >= make_date(t.year, t.month, 1)
          AND m.date < make_date(t.year, t.month, 1) + interval '1 month'))
      OR (a."entityType" = 'AbsenceNotice' AND a."entityId" IN (
        SELECT n.id FROM "AbsenceNotice" n JOIN "Timesheet" t
          ON t."childId" = n."childId" AND t."organizationId" = n."organizationId"
        WHERE t.id = ${s.id} AND n."dateTo" >= make_date(t.year, t.month, 1)
          AND n."dateFrom" < make_date(t.year, t.month, 1) + interval '1 month'))
    )`;
  const c = s.id;
  return Prisma.sql`(
    (a."entityType" = 'Person' AND a."entityId" = ${c})
    OR (a."entityType" = 'Enrolment' AND a."entityId" IN (SELECT id FROM "Enrolment" WHERE "childId" = ${c}))
    OR (a."entityType" = 'AttendanceMark' AND a."entityId" IN (
      SELECT id::text FROM "AttendanceMark" WHERE "childId" = ${c}))
    OR (a."entityType" = 'AbsenceNotice' AND a."entityId" IN (SELECT id FROM "AbsenceNotice" WHERE "childId" = ${c}))
    OR (a."entityType" = 'Timesheet' AND a."entityId" IN (SELECT id FROM "Timesheet" WHERE "childId" = ${c}))
    OR (a."entityType" = 'TimesheetDispute' AND a."entityId" IN (
      SELECT d.id FROM "TimesheetDispute" d JOIN "Timesheet" t ON t.id = d."timesheetId" WHERE t."childId" = ${c}))
    OR (a."entityType" = 'QueueApplication' AND a."entityId" IN (
      SELECT id FROM "QueueApplication" WHERE "childId" = ${c}))
    OR (a."entityType" = 'Referral' AND a."entityId" IN (
      SELECT r.id FROM "Referral" r JOIN "QueueApplication" q ON q.id = r."applicationId" WHERE q."childId" = ${c}))
    OR (a."entityType" = 'Voucher' AND a."entityId" IN (SELECT id FROM "Voucher" WHERE "childId" = ${c}))
    OR (a."entityType" = 'LegalRepresentative' AND a."entityId" IN (
      SELECT id FROM "LegalRepresentative" WHERE "childId" = ${c}))
    OR (a."entityType" = 'ChildBinding' AND a."entityId" IN (SELECT id FROM "ChildBinding" WHERE "childId" = ${c}))
  )`;
}

type Raw = {
  id: bigint;
  at: Date;
  action: string;
  entityType: string;
  actorPersonId: string | null;
  before: unknown;
  after: unknown;
};

// One page (1-based) of the subject's records in the scope, and how many there are in all.
export async function auditHistory(
  subject: HistorySubject,
  scope: string[],
  page: number,
  size = HISTORY_PAGE,
): Promise<{ total: number; rows: HistoryRow[] }> {
  if (scope.length === 0) return { total: 0, rows: [] };
  const where = Prisma.sql`${aboutSubject(subject)} AND a."organizationId" = ANY(${scope}::text[])`;
  const [{ count }] = await prisma.$queryRaw<[{ count: bigint }]>`
    SELECT count(*) AS count FROM "AuditLog" a WHERE ${where}`;
  const rows = await prisma.$queryRaw<Raw[]>`
    SELECT a.id, a.at, a.action, a."entityType", a."actorPersonId", a.before, a.after
    FROM "AuditLog" a WHERE ${where}
    ORDER BY a.id DESC LIMIT ${size} OFFSET ${(Math.max(1, page) - 1) * size}`;
  const actorIds = [...new Set(rows.map((r) => r.actorPersonId).filter((id): id is string => !!id))];
  const actors = await prisma.person.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const nameOf = new Map(actors.map((a) => [a.id, personName(a)]));
  return {
    total: Number(count),
    rows: rows.map((r) => ({
      id: String(r.id),
      at: r.at,
      action: r.action,
      entityType: r.entityType,
      actor: r.actorPersonId ? (nameOf.get(r.actorPersonId) ?? null) : null,
      lines: diffOf(r.before, r.after),
    })),
  };
}

// The organisation a subject belongs to for the policy's check, or null when there is no such subject:
// an organisation itself; a timesheet's kindergarten; for a child, the first organisation of the scope
// the child was enrolled at or has a record in (queue, voucher) — none: null.
export async function subjectOrganization(subject: HistorySubject, scope: string[]): Promise<string | null> {
  if (subject.kind === "org")
    return (
      (await prisma.organization.findUnique({ where: { id: subject.id }, select: { id: true } }))?.id ?? null
    );
  if (subject.kind === "timesheet")
    return (
      (await prisma.timesheet.findUnique({ where: { id: subject.id }, select: { organizationId: true } }))
        ?.organizationId ?? null
    );
  const [hit] = await prisma.$queryRaw<{ organizationId: string }[]>`
    SELECT a."organizationId" FROM "AuditLog" a
    WHERE ${aboutSubject(subject)} AND a."organizationId" = ANY(${scope}::text[])
    LIMIT 1`;
  if (hit) return hit.organizationId;
  const enrolment = await prisma.enrolment.findFirst({
    where: { childId: subject.id, organizationId: { in: scope } },
    select: { organizationId: true },
  });
  return enrolment?.organizationId ?? null;
}
