// The receipt of a confirmed month (pure): what a parent confirmed, proven outside the portal. A small
// zip of files anyone can check with standard tools (docs/VERIFY.md):
//   receipt.json   canonical JSON: the snapshot as the parent saw it, its SHA-256, the method, the time,
//                  the signer, the child, the kindergarten, the portal key's id
//   receipt.sig    the portal key's detached Ed25519 signature over exactly receipt.json's bytes
//                  (`openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in receipt.json -sigfile receipt.sig`)
//   snapshot.json  the snapshot's canonical bytes: `sha256sum snapshot.json` is the confirmed hash
//   signed.xml     an EDS confirmation only: the XML-DSig document exactly as the parent signed it
//   portal-key.pem the public key of the signature (a copy; check it against the published one)
import { createHash } from "node:crypto";
import { canonicalJson, makeSnapshot, type TimesheetSnapshot } from "./snapshot";

/** What the receipt is made of, as stored. */
export type ReceiptSource = {
  confirmation: {
    id: string;
    method: "OTP" | "EDS";
    signedAt: Date;
    snapshot: unknown;
    snapshotHash: string;
    signedXml: string | null;
    certificateSerial: string | null;
  };
  timesheetId: string;
  year: number;
  month: number;
  signer: { personId: string; name: string };
  child: { id: string; name: string };
  organization: { id: string; nameKk: string; nameRu: string };
};

/** receipt.json, before it is written canonically. */
export type Receipt = {
  format: "balabaqsha.timesheet-receipt";
  version: 1;
  confirmationId: string;
  timesheetId: string;
  year: number;
  month: number;
  method: "OTP" | "EDS";
  signedAt: string;
  signer: { personId: string; name: string };
  child: { id: string; name: string };
  organization: { id: string; nameKk: string; nameRu: string };
  snapshot: TimesheetSnapshot;
  /** The hash the confirmation recorded: SHA-256 (hex) of snapshot.json. */
  snapshotSha256: string;
  /** EDS: the certificate's serial and SHA-256 (hex) of signed.xml; null for a one-time code. */
  certificateSerial: string | null;
  signedXmlSha256: string | null;
  /** The portal key that signs receipt.json (its id: docs/VERIFY.md). */
  portalKeyId: string;
};

export type ReceiptFile = { name: string; bytes: Buffer };

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

// The receipt's files; `sign` is the portal key's signature over receipt.json's exact bytes.
export function receiptFiles(
  s: ReceiptSource,
  key: { id: string; publicKeyPem: string; sign: (bytes: Buffer) => Buffer },
): ReceiptFile[] {
  const snapshot = makeSnapshot(s.confirmation.snapshot as TimesheetSnapshot);
  const snapshotBytes = Buffer.from(canonicalJson(snapshot), "utf8");
  const xml = s.confirmation.signedXml === null ? null : Buffer.from(s.confirmation.signedXml, "utf8");
  const receipt: Receipt = {
    format: "balabaqsha.timesheet-receipt",
    version: 1,
    confirmationId: s.confirmation.id,
    timesheetId: s.timesheetId,
    year: s.year,
    month: s.month,
    method: s.confirmation.method,
    signedAt: s.confirmation.signedAt.toISOString(),
    signer: s.signer,
    child: s.child,
    organization: s.organization,
    snapshot,
    snapshotSha256: s.confirmation.snapshotHash,
    certificateSerial: s.confirmation.certificateSerial,
    signedXmlSha256: xml ? sha256(xml) : null,
    portalKeyId: key.id,
  };
  const receiptBytes = Buffer.from(canonicalJson(receipt), "utf8");
  return [
    { name: "receipt.json", bytes: receiptBytes },
    { name: "receipt.sig", bytes: key.sign(receiptBytes) },
    { name: "snapshot.json", bytes: snapshotBytes },
    ...(xml ? [{ name: "signed.xml", bytes: xml }] : []),
    { name: "portal-key.pem", bytes: Buffer.from(key.publicKeyPem, "utf8") },
  ];
}

// The download's file name: the child's month and the confirmation.
export function receiptFileName(s: Pick<ReceiptSource, "year" | "month" | "confirmation">): string {
  return `receipt-${s.year}-${String(s.month).padStart(2, "0")}-${s.confirmation.id}.zip`;
}

// Where a confirmation's receipt is downloaded (app/api/timesheet-receipts/[file]).
export const receiptPath = (confirmationId: string) => `/api/timesheet-receipts/${confirmationId}.zip`;
