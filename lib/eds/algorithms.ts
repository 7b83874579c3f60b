// XML-DSig algorithm identifiers and the rule of which ones the portal accepts:
// RSA with SHA-256 (or stronger SHA-2) only; SHA-1 and others are refused, GOST ones too
// (Node cannot verify them — see docs/EDS.md for how a GOST verifier would plug in).

export const ALG = {
  rsaSha256: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
  rsaSha512: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
  rsaSha1: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
  sha256: "http://www.w3.org/2001/04/xmlenc#sha256",
  sha512: "http://www.w3.org/2001/04/xmlenc#sha512",
  sha1: "http://www.w3.org/2000/09/xmldsig#sha1",
  c14n: "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
  c14nWithComments: "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
  excC14n: "http://www.w3.org/2001/10/xml-exc-c14n#",
  excC14nWithComments: "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
  enveloped: "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
  /** GOST R 34.10-2015 / 34.11-2015 (512) as NCALayer writes it. */
  gost2015: "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512",
  /** GOST 34.310 / 34.311 (the older Kazakh GOST) as NCALayer writes it. */
  gost34310: "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
} as const;

// Accepted SignatureMethod algorithms: RSA with SHA-256 or SHA-512.
export const SIGNATURE_ALGORITHMS: readonly string[] = [ALG.rsaSha256, ALG.rsaSha512];
// Accepted DigestMethod algorithms.
export const DIGEST_ALGORITHMS: readonly string[] = [ALG.sha256, ALG.sha512];
// Accepted canonicalizations (C14N 1.0 and exclusive C14N, with or without comments).
export const C14N_ALGORITHMS: readonly string[] = [
  ALG.c14n,
  ALG.c14nWithComments,
  ALG.excC14n,
  ALG.excC14nWithComments,
];
// Transforms a Reference may list: the enveloped signature and a canonicalization.
export const REFERENCE_TRANSFORMS: readonly string[] = [ALG.enveloped, ...C14N_ALGORITHMS];

// OIDs of GOST public keys: Kazakh GOST 34.310 (1.2.398.3.10.1.1…) and GOST R 34.10 (1.2.643…).
export const GOST_KEY_OID = /^(1\.2\.398\.3\.10\.1\.1|1\.2\.643\.)/;

// True for an algorithm identifier of the GOST family (signature or digest).
export function isGostAlgorithm(uri: string): boolean {
  return /gost/i.test(uri);
}

// The refusal codes the algorithm check can give.
export type AlgorithmRefusal = "eds_gost_unsupported" | "eds_weak_algorithm" | "eds_malformed";

// Checks the algorithms a signature declares before anything is verified; null when acceptable.
export function algorithmRefusal(a: {
  signatureMethod: string;
  digestMethods: string[];
  canonicalization: string;
  transforms: string[];
}): AlgorithmRefusal | null {
  const all = [a.signatureMethod, ...a.digestMethods, a.canonicalization, ...a.transforms];
  if (all.some(isGostAlgorithm)) return "eds_gost_unsupported";
  if (!SIGNATURE_ALGORITHMS.includes(a.signatureMethod)) return "eds_weak_algorithm";
  if (!a.digestMethods.length || a.digestMethods.some((d) => !DIGEST_ALGORITHMS.includes(d)))
    return "eds_weak_algorithm";
  // Other canonicalizations and transforms (XPath, XSLT, Base64) are never needed here: refuse them.
  if (!C14N_ALGORITHMS.includes(a.canonicalization)) return "eds_malformed";
  if (a.transforms.some((t) => !REFERENCE_TRANSFORMS.includes(t))) return "eds_malformed";
  return null;
}
