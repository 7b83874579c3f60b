import "server-only";
// The signing building block for documents (the timesheet confirmation): the signed XML must be
// exactly the expected document, signed with a signing key whose certificate names the signed-in
// parent. Throws an AppError with an eds_* code otherwise.
import { AppError } from "@/lib/errors/app-error";
import type { TrustStore } from "./chain";
import { edsTrustStore } from "./config";
import { verifySignedXml } from "./verify-xml";

// What the signed content must be: the exact XML, or the SHA-256 of its canonical form (contentDigest).
export type DocumentExpectation = { expectedContentXml: string } | { expectedDigest: string };
// The options of verifySignedDocument.
export type DocumentCheck = DocumentExpectation & {
  purpose: "sign";
  /** The signed-in parent's IIN: the certificate must name this person. */
  expectedIin: string;
  now: Date;
  /** Defaults to the trusted roots folder (EDS_TRUST_DIR). */
  trust?: TrustStore;
};
// A verified document signature: who signed and with which certificate.
export type SignedDocument = { certificateSerial: string; iin: string; contentDigest: string };

// Verifies a signed document for the signed-in parent.
export async function verifySignedDocument(signedXml: string, o: DocumentCheck): Promise<SignedDocument> {
  const expected =
    "expectedDigest" in o ? { digest: o.expectedDigest } : { contentXml: o.expectedContentXml };
  const v = await verifySignedXml(signedXml, {
    purpose: o.purpose,
    now: o.now,
    trust: o.trust ?? edsTrustStore(),
    expected,
  });
  if (v.iin !== o.expectedIin) throw new AppError("eds_wrong_person");
  return { certificateSerial: v.certificateSerial, iin: v.iin, contentDigest: v.contentDigest };
}
