// Signs XML the way NCALayer does (an enveloped XML-DSig over the whole document, KeyInfo with the
// signer's certificate) — for the NCALayer stand-in and the tests. Not part of the server's verification.
import forge from "node-forge";
import { SignedXml } from "xml-crypto";
import { ALG } from "../algorithms";

// A private key and its certificate, PEM.
export type KeyMaterial = { keyPem: string; certPem: string };

// Thrown when a PKCS#12 file's password is wrong (NCALayer shows the same in its dialog).
export class WrongPasswordError extends Error {
  constructor() {
    super("wrong key password");
    this.name = "WrongPasswordError";
  }
}

// Opens a PKCS#12 key file with its password: the private key and the end-entity certificate.
export function readPkcs12(der: Buffer, password: string): KeyMaterial {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString("binary")), password);
  } catch {
    throw new WrongPasswordError();
  }
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
    forge.pki.oids.pkcs8ShroudedKeyBag!
  ]?.[0];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const leaf = certBags.find(
    (b) => b.cert && !(b.cert.getExtension("basicConstraints") as { cA?: boolean } | undefined)?.cA,
  )?.cert;
  if (!keyBag?.key || !leaf) throw new Error("PKCS#12 file without a key or a certificate");
  return { keyPem: forge.pki.privateKeyToPem(keyBag.key), certPem: forge.pki.certificateToPem(leaf) };
}

// Algorithms to sign with (the defaults are NCALayer's RSA ones; tests pass weaker ones).
export type SignOptions = {
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
  canonicalization?: string;
};

// Appends an enveloped signature (Reference URI="", enveloped + C14N transforms) to the root element.
export function signXmlEnveloped(xml: string, key: KeyMaterial, o: SignOptions = {}): string {
  const sig = new SignedXml({
    privateKey: key.keyPem,
    publicCert: key.certPem,
    signatureAlgorithm: o.signatureAlgorithm ?? ALG.rsaSha256,
    canonicalizationAlgorithm: o.canonicalization ?? ALG.c14n,
  });
  sig.addReference({
    xpath: "/*",
    isEmptyUri: true,
    transforms: [ALG.enveloped, o.canonicalization ?? ALG.c14nWithComments],
    digestAlgorithm: o.digestAlgorithm ?? ALG.sha256,
  });
  sig.computeSignature(xml, { prefix: "ds", location: { reference: "/*", action: "append" } });
  return sig.getSignedXml();
}
