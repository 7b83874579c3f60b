import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";
import { auditIp } from "./request-ip";

export type AuditEntry = {
  actorPersonId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The client's address; by default the one of the request being served (lib/audit/request-ip.ts). */
  ip?: string | null;
};

// JSON-safe copy: Dates to ISO strings, BigInt to strings, undefined dropped.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

// Records who did what, before → after. Call it inside the transaction that makes the change,
// so the record exists exactly when the change does.
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorPersonId: entry.actorPersonId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organizationId: entry.organizationId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip !== undefined ? entry.ip : auditIp(),
    },
  });
}

// Records many entries in one statement (the nightly jobs' batches), in the same transaction as the
// change they record. Each entry as in `audit`; no request, so no address unless given.
export async function auditMany(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorPersonId: entry.actorPersonId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organizationId: entry.organizationId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip ?? null,
    })),
  });
}
