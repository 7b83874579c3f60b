import "server-only";
import { prisma } from "@/lib/db/prisma";
import { orgPathOf } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors/app-error";
import { personName } from "@/lib/org/names";
import { signBytes } from "@/lib/security/portal-key-material";
import { portalSigningKey } from "@/lib/security/portal-key";
import { receiptFileName, receiptFiles } from "./receipt";
import { storedZip } from "./receipt-zip";

// The receipt of a confirmation (./receipt.ts) for the route that downloads it.

// What the policy needs of a confirmation (timesheet.receipt): the child, the kindergarten and the
// authorities above it; "not found" for no such confirmation.
export async function receiptResource(confirmationId: string) {
  const c = await prisma.timesheetConfirmation.findUnique({
    where: { id: confirmationId },
    select: { timesheet: { select: { childId: true, organizationId: true } } },
  });
  if (!c) throw new AppError("not_found");
  const { childId, organizationId } = c.timesheet;
  return { childId, organizationId, orgPath: await orgPathOf(organizationId) };
}

// The receipt as a zip: receipt.json signed by the portal's key, the snapshot, the signed XML of an
// EDS confirmation, the public key. A confirmation a later correction reopened has its receipt too:
// it proves what was confirmed then.
export async function timesheetReceipt(confirmationId: string) {
  const c = await prisma.timesheetConfirmation.findUnique({
    where: { id: confirmationId },
    include: {
      signer: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      timesheet: {
        select: {
          id: true,
          year: true,
          month: true,
          child: { select: { id: true, lastName: true, firstName: true, middleName: true } },
          organization: { select: { id: true, shortNameKk: true, shortNameRu: true } },
        },
      },
    },
  });
  if (!c) throw new AppError("not_found");
  const t = c.timesheet;
  const source = {
    confirmation: c,
    timesheetId: t.id,
    year: t.year,
    month: t.month,
    signer: { personId: c.signer.id, name: personName(c.signer) },
    child: { id: t.child.id, name: personName(t.child) },
    organization: {
      id: t.organization.id,
      nameKk: t.organization.shortNameKk,
      nameRu: t.organization.shortNameRu,
    },
  };
  const key = await portalSigningKey();
  const files = receiptFiles(source, { ...key, sign: (bytes) => signBytes(key, bytes) });
  return { fileName: receiptFileName(source), bytes: storedZip(files, c.signedAt) };
}
