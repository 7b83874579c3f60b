// Reads an X.509 certificate from a signature's KeyInfo: serial, validity, key usages and the
// subject as the National Certification Authority writes it (IIN in serialNumber, BIN in OU,
// CN "SURNAME NAME", SURNAME, G = patronymic). Only RSA keys of 2048 bits or more are accepted.
import { X509Certificate } from "node:crypto";
import forge from "node-forge";
import { AppError } from "@/lib/errors/app-error";
import { validateIin } from "@/lib/iin/iin";
import { GOST_KEY_OID } from "./algorithms";

const RSA_OID = "1.2.840.113549.1.1.1";

// What the verification needs from the signer's certificate.
export type CertificateInfo = {
  x509: X509Certificate;
  /** Hex, upper case, as NCALayer and the NCA registry show it. */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  keyUsage: { digitalSignature: boolean; nonRepudiation: boolean; keyEncipherment: boolean };
  extKeyUsage: string[];
  subject: {
    iin: string | null;
    bin: string | null;
    commonName: string;
    surname: string;
    patronymic: string;
  };
};

// The OID of the certificate's public-key algorithm, read from the DER without interpreting the key.
export function publicKeyAlgorithm(der: Buffer): string {
  const cert = forge.asn1.fromDer(der.toString("binary"));
  const tbs = (cert.value as forge.asn1.Asn1[])[0]!;
  const fields = tbs.value as forge.asn1.Asn1[];
  const offset = fields[0]!.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const spki = fields[offset + 5]!.value as forge.asn1.Asn1[];
  const algId = spki[0]!.value as forge.asn1.Asn1[];
  return forge.asn1.derToOid(algId[0]!.value as string);
}

function decodeValue(value: string, tag: number | undefined): string {
  if (tag === forge.asn1.Type.UTF8) return forge.util.decodeUtf8(value);
  if (tag === forge.asn1.Type.BMPSTRING) {
    let out = "";
    for (let i = 0; i + 1 < value.length; i += 2)
      out += String.fromCharCode((value.charCodeAt(i) << 8) | value.charCodeAt(i + 1));
    return out;
  }
  return value;
}

function subjectOf(cert: forge.pki.Certificate): CertificateInfo["subject"] {
  const get = (oid: string) => {
    const a = cert.subject.attributes.find((x) => x.type === oid);
    return a ? decodeValue(String(a.value), a.valueTagClass as unknown as number).trim() : "";
  };
  const serialNumber = /^IIN(\d{12})$/.exec(get("2.5.4.5"))?.[1];
  const iin = serialNumber && validateIin(serialNumber).ok ? serialNumber : null;
  const bin =
    cert.subject.attributes
      .map((a) => decodeValue(String(a.value), a.valueTagClass as unknown as number))
      .map((v) => /^BIN(\d{12})$/.exec(v.trim())?.[1])
      .find(Boolean) ?? null;
  return { iin, bin, commonName: get("2.5.4.3"), surname: get("2.5.4.4"), patronymic: get("2.5.4.42") };
}

// Parses the DER certificate; GOST keys → eds_gost_unsupported, anything not RSA ≥ 2048 → eds_certificate_invalid.
export function readCertificate(der: Buffer): CertificateInfo {
  let keyOid: string;
  let x509: X509Certificate;
  try {
    keyOid = publicKeyAlgorithm(der);
    x509 = new X509Certificate(der);
  } catch {
    throw new AppError("eds_certificate_invalid");
  }
  if (GOST_KEY_OID.test(keyOid)) throw new AppError("eds_gost_unsupported");
  if (keyOid !== RSA_OID) throw new AppError("eds_certificate_invalid");
  let cert: forge.pki.Certificate;
  try {
    cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString("binary")));
  } catch {
    throw new AppError("eds_certificate_invalid");
  }
  if ((x509.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
    throw new AppError("eds_certificate_invalid");
  const ku = cert.getExtension("keyUsage") as
    { digitalSignature?: boolean; nonRepudiation?: boolean; keyEncipherment?: boolean } | undefined;
  return {
    x509,
    serial: x509.serialNumber.toUpperCase(),
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
    keyUsage: {
      digitalSignature: !!ku?.digitalSignature,
      nonRepudiation: !!ku?.nonRepudiation,
      keyEncipherment: !!ku?.keyEncipherment,
    },
    extKeyUsage: x509.keyUsage ?? [],
    subject: subjectOf(cert),
  };
}
