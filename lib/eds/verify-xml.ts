// Verifies an NCALayer XML-DSig signature end to end: algorithms (RSA-SHA256 only), the signature
// itself (xml-crypto, with the certificate from KeyInfo), that the signed content is exactly what was
// issued, the certificate's dates against the clock, the chain to the trusted roots, the key usage
// (authentication for sign-in, signing for documents) and the person (an IIN; BIN certificates refused).
import { X509Certificate, createHash, timingSafeEqual } from "node:crypto";
import { SignedXml } from "xml-crypto";
import { AppError } from "@/lib/errors/app-error";
import { DIGEST_ALGORITHMS, SIGNATURE_ALGORITHMS, algorithmRefusal } from "./algorithms";
import { readCertificate, type CertificateInfo } from "./certificate";
import { checkChain, type TrustStore } from "./chain";
import { canonicalContent } from "./canonical";
import { parseXml, readSignedXml } from "./signed-xml-parts";

/** "auth": a sign-in challenge (authentication key); "sign": a document (signing key). */
export type EdsPurpose = "auth" | "sign";
// The signed content expected: the document itself, or its canonical SHA-256.
export type Expected = { contentXml: string } | { digest: string };
// The options of verifySignedXml.
export type VerifyOptions = { purpose: EdsPurpose; now: Date; trust: TrustStore; expected: Expected };
// A verified signature: the signer's IIN and certificate, and the digest of what was signed.
export type VerifiedSignature = {
  iin: string;
  certificateSerial: string;
  certificate: CertificateInfo;
  contentDigest: string;
};

// The key may be used for the purpose: client authentication for sign-in, non-repudiation for signing.
export function keyUsageAllows(
  c: Pick<CertificateInfo, "keyUsage" | "extKeyUsage">,
  purpose: EdsPurpose,
): boolean {
  if (purpose === "auth") return c.keyUsage.digitalSignature && c.extKeyUsage.includes("1.3.6.1.5.5.7.3.2");
  return c.keyUsage.nonRepudiation;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

// Checks the XML-DSig signature value and reference digest with xml-crypto, limited to the accepted
// algorithms, and returns what it verified: the canonical XML of the one signed reference (the
// document after the enveloped-signature transform) — or null when the signature does not hold.
function verifiedContent(signedXml: string, signature: Element, certPem: string): string | null {
  // Only the certificate checked below may verify: never let xml-crypto pick a key from KeyInfo itself.
  const sig = new SignedXml({ publicCert: certPem, getCertFromKeyInfo: () => null });
  sig.SignatureAlgorithms = Object.fromEntries(
    SIGNATURE_ALGORITHMS.map((a) => [a, sig.SignatureAlgorithms[a]!]),
  );
  sig.HashAlgorithms = Object.fromEntries(DIGEST_ALGORITHMS.map((a) => [a, sig.HashAlgorithms[a]!]));
  try {
    sig.loadSignature(signature);
    if (!sig.checkSignature(signedXml)) return null;
    const signed = sig.getSignedReferences();
    return signed.length === 1 ? signed[0]! : null;
  } catch {
    return null;
  }
}

// Verifies everything; returns the signer's IIN and certificate, or throws an AppError with an eds_* code.
export async function verifySignedXml(signedXml: string, o: VerifyOptions): Promise<VerifiedSignature> {
  const parts = readSignedXml(signedXml);
  const refusal = algorithmRefusal({
    signatureMethod: parts.signatureMethod,
    digestMethods: [parts.reference.digestMethod],
    canonicalization: parts.canonicalization,
    transforms: parts.reference.transforms,
  });
  if (refusal) throw new AppError(refusal);
  const certificate = readCertificate(parts.certificates[0]!);
  const verified = verifiedContent(signedXml, parts.signature, certificate.x509.toString());
  if (verified === null) throw new AppError("eds_signature_invalid");

  // What is compared with what was issued is the signed reference itself — the bytes whose digest the
  // signature covers — never another reading of the document, which could see something else.
  const content = canonicalContent(parseXml(verified));
  const digest = createHash("sha256").update(content, "utf8").digest("hex");
  const matches =
    "digest" in o.expected
      ? sameText(digest, o.expected.digest.toLowerCase())
      : sameText(content, canonicalContent(parseXml(o.expected.contentXml)));
  if (!matches) throw new AppError("eds_content_mismatch");

  if (o.now < certificate.notBefore) throw new AppError("eds_certificate_not_yet_valid");
  if (o.now > certificate.notAfter) throw new AppError("eds_certificate_expired");
  const extra = parts.certificates.slice(1).flatMap((der) => {
    try {
      return [new X509Certificate(der)];
    } catch {
      return [];
    }
  });
  checkChain(certificate.x509, extra, o.trust, o.now);
  if (!keyUsageAllows(certificate, o.purpose)) throw new AppError("eds_wrong_key_type");
  if (certificate.subject.bin) throw new AppError("eds_legal_entity");
  if (!certificate.subject.iin) throw new AppError("eds_no_iin");
  return {
    iin: certificate.subject.iin,
    certificateSerial: certificate.serial,
    certificate,
    contentDigest: digest,
  };
}
