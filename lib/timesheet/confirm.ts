import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { issueCode, consumeCode, countWrongTry } from "@/lib/auth/otp/codes";
import { smsProvider } from "@/lib/sms/provider";
import type { Actor } from "@/lib/auth/actor";
import type { SignatureMethod } from "@/lib/generated/prisma/enums";
import { currentSnapshot } from "./current-snapshot";
import { lockSheet } from "./lock";
import { openSheet, type SheetRef } from "./sheet-access";
import type { TimesheetSnapshot } from "./snapshot";

const subjectOf = (timesheetId: string, hash: string) => `${timesheetId}:${hash}`;

// The confirmation in force of exactly this data, if the month is already confirmed so.
export function activeConfirmation(tx: Tx, timesheetId: string, hash: string) {
  return tx.timesheetConfirmation.findFirst({
    where: { timesheetId, snapshotHash: hash, supersededAt: null },
  });
}

// Records a signed confirmation of exactly this snapshot (by code or EDS): stores the snapshot, its
// hash, who, how and when, and marks the timesheet confirmed. Confirming the same data again
// returns the confirmation already made — nothing is done twice. Call it with the month locked
// (lockSheet) and the snapshot read after the lock.
export async function recordConfirmation(
  tx: Tx,
  o: {
    timesheetId: string;
    organizationId: string;
    signerPersonId: string;
    method: SignatureMethod;
    snapshot: TimesheetSnapshot;
    hash: string;
    signedXml?: string;
    certificateSerial?: string;
    now: Date;
  },
) {
  const existing = await tx.timesheetConfirmation.findUnique({
    where: { timesheetId_snapshotHash: { timesheetId: o.timesheetId, snapshotHash: o.hash } },
  });
  if (existing && !existing.supersededAt) return existing;
  if (existing) await tx.timesheetConfirmation.delete({ where: { id: existing.id } });
  const before = await tx.timesheet.findUniqueOrThrow({ where: { id: o.timesheetId } });
  const confirmation = await tx.timesheetConfirmation.create({
    data: {
      timesheetId: o.timesheetId,
      signerId: o.signerPersonId,
      method: o.method,
      snapshot: JSON.parse(JSON.stringify(o.snapshot)),
      snapshotHash: o.hash,
      signedXml: o.signedXml ?? null,
      certificateSerial: o.certificateSerial ?? null,
      signedAt: o.now,
    },
  });
  const after = await tx.timesheet.update({ where: { id: o.timesheetId }, data: { status: "CONFIRMED" } });
  await audit(tx, {
    actorPersonId: o.signerPersonId,
    action: "timesheet.confirm",
    entityType: "Timesheet",
    entityId: o.timesheetId,
    organizationId: o.organizationId,
    before: { status: before.status },
    after: { status: after.status, method: o.method, snapshotHash: o.hash, confirmationId: confirmation.id },
  });
  return confirmation;
}

// Step 1 of confirming by one-time code: freezes what is shown now (its hash is bound to the code)
// and sends the code by SMS to the parent's phone. Returns what step 2 needs.
export async function requestConfirmationCode(
  actor: Actor,
  ref: SheetRef,
  now: Date,
  text: (code: string) => string,
) {
  const { sheet } = await prisma.$transaction((tx) => openSheet(tx, actor, ref, now));
  const person = await prisma.person.findUniqueOrThrow({ where: { id: actor.personId } });
  if (!person.phone) throw new AppError("no_phone_on_record");
  const { hash } = await currentSnapshot(prisma, ref.childId, ref.organizationId, ref.year, ref.month);
  const code = await issueCode({
    purpose: "TIMESHEET_CONFIRM",
    destination: person.phone,
    subject: subjectOf(sheet.id, hash),
    iin: person.iin ?? undefined,
    now,
  });
  await smsProvider().send(person.phone, text(code));
  return { timesheetId: sheet.id, hash, phone: person.phone };
}

// Step 2: checks the code against exactly the data it was sent for; if the kindergarten changed
// the month in between, refuses (the parent must look again) instead of signing unseen data.
export async function confirmWithCode(
  actor: Actor,
  ref: SheetRef & { hash: string; code: string },
  now: Date,
) {
  let target: { purpose: "TIMESHEET_CONFIRM"; destination: string; subject: string } | undefined;
  try {
    return await prisma.$transaction(
      async (tx) => {
        const { sheet } = await openSheet(tx, actor, ref, now);
        // A correction of the month at the same moment either committed before this lock (and the data
        // read below shows it) or waits for this confirmation (and then reopens it).
        await lockSheet(tx, ref);
        const current = await currentSnapshot(tx, ref.childId, ref.organizationId, ref.year, ref.month);
        if (current.hash !== ref.hash) throw new AppError("timesheet_changed");
        // Confirmed so already (a second click, or the other parent a moment earlier): that is the answer.
        const already = await activeConfirmation(tx, sheet.id, current.hash);
        if (already) return already;
        const person = await tx.person.findUniqueOrThrow({ where: { id: actor.personId } });
        // The code is spent in this transaction (with the confirmation it makes), on its connection: many
        // confirmations at once wait for the lock above, each holding a connection, and a query on another
        // connection here would starve the pool (issue 15: 100 at once).
        target = {
          purpose: "TIMESHEET_CONFIRM",
          destination: person.phone ?? "",
          subject: subjectOf(sheet.id, ref.hash),
        };
        await consumeCode({ ...target, code: ref.code, now }, tx);
        return recordConfirmation(tx, {
          timesheetId: sheet.id,
          organizationId: ref.organizationId,
          signerPersonId: actor.personId,
          method: "OTP",
          snapshot: current.snapshot,
          hash: current.hash,
          now,
        });
      },
      // Confirmations of one month queue on its lock: give the last of many time to get its turn.
      { maxWait: 10_000, timeout: 15_000 },
    );
  } catch (e) {
    // A wrong code was rolled back with the transaction: it still counts.
    if (target && e instanceof AppError && (e.code === "code_invalid" || e.code === "code_attempts_exceeded"))
      await countWrongTry(target);
    throw e;
  }
}
