// Certificate path validation against the trusted roots: every link's signature, issuer name and
// CA flag, and every certificate's validity at "now". Revocation (OCSP/CRL) is not checked yet.
import { X509Certificate } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";

/** Trusted roots (self-signed) and intermediate CAs the administrator installed. */
export type TrustStore = { anchors: X509Certificate[]; intermediates: X509Certificate[] };

const MAX_DEPTH = 6;

// Validity of a certificate at an instant (Node gives the dates as strings such as "Jan  1 00:00:00 2040 GMT").
export function validAt(c: X509Certificate, now: Date): boolean {
  return Date.parse(c.validFrom) <= now.getTime() && now.getTime() <= Date.parse(c.validTo);
}

// True when `issuer` is a CA that issued and signed `cert`.
export function issued(issuer: X509Certificate, cert: X509Certificate): boolean {
  try {
    return issuer.ca && cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

// True for a self-signed certificate (a root).
export function isSelfSigned(c: X509Certificate): boolean {
  return issued(c, c);
}

// Walks from the signer's certificate up to a trusted root; throws eds_untrusted_chain when no valid path exists.
export function checkChain(
  leaf: X509Certificate,
  extra: X509Certificate[],
  store: TrustStore,
  now: Date,
): void {
  if (leaf.ca) throw new AppError("eds_certificate_invalid");
  const candidates = [...store.intermediates, ...extra.filter((c) => c.ca && !isSelfSigned(c))];
  const used = new Set<string>();
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const anchor = store.anchors.find((a) => issued(a, current));
    if (anchor) {
      if (!validAt(anchor, now)) throw new AppError("eds_untrusted_chain");
      return;
    }
    const next = candidates.find((c) => !used.has(c.fingerprint256) && issued(c, current));
    if (!next || !validAt(next, now)) throw new AppError("eds_untrusted_chain");
    used.add(next.fingerprint256);
    current = next;
  }
  throw new AppError("eds_untrusted_chain");
}
