import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { QueueStatus, VoucherStatus } from "@/lib/generated/prisma/enums";
import {
  answerProblem,
  extendProblem,
  MAX_EXTENSION_DAYS,
  restorableUntil,
  restoreProblem,
} from "./life-rules";

/** What the parent's cabinet shows of one application's voucher life, with what they may do now. */
export type VoucherLife = {
  applicationId: string;
  applicationStatus: QueueStatus;
  inactiveSince: Date | null;
  restorableUntil: Date | null;
  restoredAt: Date | null;
  canRestore: boolean;
  voucher: {
    id: string;
    number: string;
    status: VoucherStatus;
    issuedAt: Date | null;
    acceptBy: Date | null;
    acceptedAt: Date | null;
    contractBy: Date | null;
    contractExtendedAt: Date | null;
    contractedAt: Date | null;
    contractNumber: string | null;
    refusedAt: Date | null;
    expiredAt: Date | null;
  } | null;
  canAnswer: boolean;
  canExtend: boolean;
};

// The voucher life of these applications (the caller passes only applications of children the parent
// represents): each application's latest voucher from the queue and its inactive state, at `now`.
export async function voucherLives(applicationIds: string[], now: Date): Promise<Map<string, VoucherLife>> {
  if (applicationIds.length === 0) return new Map();
  const apps = await prisma.queueApplication.findMany({
    where: { id: { in: applicationIds } },
    select: {
      id: true,
      status: true,
      inactiveSince: true,
      restoredAt: true,
      vouchers: {
        orderBy: [{ issuedAt: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: {
          id: true,
          number: true,
          status: true,
          issuedAt: true,
          acceptBy: true,
          acceptedAt: true,
          contractBy: true,
          contractExtendedAt: true,
          contractedAt: true,
          contractNumber: true,
          refusedAt: true,
          expiredAt: true,
        },
      },
    },
  });
  const out = new Map<string, VoucherLife>();
  for (const a of apps) {
    const v = a.vouchers[0] ?? null;
    if (!v && a.status !== "INACTIVE") continue;
    out.set(a.id, {
      applicationId: a.id,
      applicationStatus: a.status,
      inactiveSince: a.inactiveSince,
      restorableUntil: a.inactiveSince ? restorableUntil(a.inactiveSince) : null,
      restoredAt: a.restoredAt,
      canRestore: restoreProblem(a, now) === null,
      voucher: v,
      canAnswer: !!v && answerProblem(v, now) === null,
      canExtend: !!v && extendProblem(v, MAX_EXTENSION_DAYS, now) === null,
    });
  }
  return out;
}
