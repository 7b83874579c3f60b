// Test certificates with node-forge, shaped like the National Certification Authority's (НУЦ РК):
// RSA 2048 keys, SHA-256 signatures, the IIN in the subject's serialNumber, the BIN in OU.
// Only for the test PKI (demo stand-in, tests) — never used to verify anything.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

// Object identifiers used in NCA-like certificates.
export const OID = {
  commonName: "2.5.4.3",
  surname: "2.5.4.4",
  serialNumber: "2.5.4.5",
  country: "2.5.4.6",
  organization: "2.5.4.10",
  organizationalUnit: "2.5.4.11",
  givenName: "2.5.4.42",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  emailProtection: "1.3.6.1.5.5.7.3.4",
  kzIndividual: "1.2.398.3.3.4.1.1",
  kzLegalEntity: "1.2.398.3.3.4.1.2",
} as const;

// An RSA key pair in forge's form.
export type KeyPair = { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey };
// A certificate with its key pair.
export type Issued = KeyPair & { cert: forge.pki.Certificate };
// One subject attribute (OID and value).
export type NameAttr = { type: string; value: string };

// A fresh RSA key pair (Node's fast generator, converted for forge).
export function newKeyPair(bits = 2048): KeyPair {
  const kp = generateKeyPairSync("rsa", { modulusLength: bits });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      kp.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    ) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(
      kp.publicKey.export({ type: "spki", format: "pem" }).toString(),
    ) as forge.pki.rsa.PublicKey,
  };
}

// Subject attributes: ASCII-only values as PrintableString, the rest as UTF8String.
function attrs(list: NameAttr[]): forge.pki.CertificateField[] {
  return list.map((a) => ({
    type: a.type,
    value: a.value,
    // The typings call it a Class, but forge reads the universal type tag here.
    valueTagClass: (/^[A-Za-z0-9 '()+,./:=?-]*$/.test(a.value)
      ? forge.asn1.Type.PRINTABLESTRING
      : forge.asn1.Type.UTF8) as unknown as forge.asn1.Class,
  }));
}

function serial(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f; // positive
  return b.toString("hex");
}

type CertOptions = {
  subject: NameAttr[];
  issuer?: Issued; // absent: self-signed
  notBefore: Date;
  notAfter: Date;
  ca?: boolean;
  keyUsage?: Record<string, boolean>;
  extKeyUsage?: string[];
  keys?: KeyPair;
};

// Issues a certificate (a CA when `ca`, else an end-entity certificate) signed with SHA-256.
export function issueCertificate(o: CertOptions): Issued {
  const keys = o.keys ?? newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = o.notBefore;
  cert.validity.notAfter = o.notAfter;
  cert.setSubject(attrs(o.subject));
  cert.setIssuer(o.issuer ? o.issuer.cert.subject.attributes : attrs(o.subject));
  const ext: object[] = [
    { name: "basicConstraints", cA: !!o.ca, critical: true },
    { name: "keyUsage", critical: true, ...(o.ca ? { keyCertSign: true, cRLSign: true } : o.keyUsage) },
    { name: "subjectKeyIdentifier" },
  ];
  if (o.issuer)
    ext.push({
      name: "authorityKeyIdentifier",
      keyIdentifier: o.issuer.cert.generateSubjectKeyIdentifier().getBytes(),
    });
  // forge wants the names it knows ("clientAuth") and dotted OIDs only for the others.
  const ekuKey = (id: string) =>
    forge.pki.oids[id] && !forge.pki.oids[id]!.includes(".") ? forge.pki.oids[id]! : id;
  if (o.extKeyUsage?.length)
    ext.push({ name: "extKeyUsage", ...Object.fromEntries(o.extKeyUsage.map((id) => [ekuKey(id), true])) });
  cert.setExtensions(ext);
  cert.sign(o.issuer?.privateKey ?? keys.privateKey, forge.md.sha256.create());
  return { ...keys, cert };
}

// PEM of a certificate.
export const certPem = (c: forge.pki.Certificate): string => forge.pki.certificateToPem(c);

// A password-protected PKCS#12 file (key + certificate + chain), as NCA key files are.
export function toPkcs12(
  key: Issued,
  chain: forge.pki.Certificate[],
  password: string,
  friendlyName: string,
): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(key.privateKey, [key.cert, ...chain], password, {
    algorithm: "aes256",
    friendlyName,
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}
