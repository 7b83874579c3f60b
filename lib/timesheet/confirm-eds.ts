import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { snapshotToXml } from "@/lib/eds/snapshot-xml";
import { verifySignedDocument } from "@/lib/eds/verify-document";
import type { Actor } from "@/lib/auth/actor";
import { currentSnapshot } from "./current-snapshot";
import { recordConfirmation } from "./confirm";
import { lockSheet } from "./lock";
import { openSheet, type SheetRef } from "./sheet-access";

// EDS step 1: the XML form of exactly the data on the screen, and its hash (to detect changes).
export async function edsDocumentToSign(actor: Actor, ref: SheetRef, now: Date) {
  await prisma.$transaction((tx) => openSheet(tx, actor, ref, now));
  const { snapshot, hash } = await currentSnapshot(
    prisma,
    ref.childId,
    ref.organizationId,
    ref.year,
    ref.month,
  );
  return { xml: snapshotToXml(snapshot), hash };
}

// EDS step 2: the signature must be the parent's own (IIN in the certificate), with a signing key
// from a trusted chain, over exactly the current data; then the same confirmation as by code,
// with the signed XML and the certificate's serial stored.
export async function confirmWithEds(
  actor: Actor,
  ref: SheetRef & { hash: string; signedXml: string },
  now: Date,
) {
  const person = await prisma.person.findUniqueOrThrow({ where: { id: actor.personId } });
  if (!person.iin) throw new AppError("eds_wrong_person");
  return prisma.$transaction(
    async (tx) => {
      const { sheet } = await openSheet(tx, actor, ref, now);
      // Serialised with corrections of the month, as the confirmation by code (confirm.ts).
      await lockSheet(tx, ref);
      const current = await currentSnapshot(tx, ref.childId, ref.organizationId, ref.year, ref.month);
      if (current.hash !== ref.hash) throw new AppError("timesheet_changed");
      const signed = await verifySignedDocument(ref.signedXml, {
        expectedContentXml: snapshotToXml(current.snapshot),
        purpose: "sign",
        expectedIin: person.iin!,
        now,
      });
      return recordConfirmation(tx, {
        timesheetId: sheet.id,
        organizationId: ref.organizationId,
        signerPersonId: actor.personId,
        method: "EDS",
        snapshot: current.snapshot,
        hash: current.hash,
        signedXml: ref.signedXml,
        certificateSerial: signed.certificateSerial,
        now,
      });
    },
    { timeout: 20_000 },
  );
}
