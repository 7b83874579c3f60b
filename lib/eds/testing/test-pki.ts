// The project's test PKI: a test root CA and issuing CA (the "trusted roots" of the demo and the
// tests), a rogue CA nobody trusts, and PKCS#12 key files for the NCALayer stand-in:
// a valid parent, another person, an expired one, one from the untrusted CA and a legal-entity (BIN) one.
// Generated at run time into a folder; private keys are never committed.
import fs from "node:fs";
import path from "node:path";
import { OID, certPem, issueCertificate, toPkcs12, type Issued, type NameAttr } from "./forge-certs";

// The password of every test key file (as NCA's own test keys).
export const TEST_KEY_PASSWORD = "Qwerty12";
// The test identities the stand-in offers.
export const IDENTITY_NAMES = ["parent", "other", "expired", "untrusted", "legal"] as const;
// One of IDENTITY_NAMES.
export type IdentityName = (typeof IDENTITY_NAMES)[number];

// One identity in standin.json: label, IIN and its two key files.
export type ManifestIdentity = { label: string; iin: string; auth: string; sign: string };
/** standin.json: what the stand-in offers and where the trusted roots are (paths relative to the folder). */
export type Manifest = {
  password: string;
  trustDir: string;
  identities: Record<IdentityName, ManifestIdentity>;
};

// Where to generate the PKI and whose IINs the keys carry.
export type PkiOptions = { dir: string; parentIin: string; otherIin: string; password?: string };

const VALID = { notBefore: new Date("2020-01-01T00:00:00Z"), notAfter: new Date("2040-01-01T00:00:00Z") };
const EXPIRED = { notBefore: new Date("2018-01-01T00:00:00Z"), notAfter: new Date("2021-01-01T00:00:00Z") };

type Person = { iin: string; surname: string; name: string; patronymic: string; bin?: string; org?: string };

// NCA subject: CN "SURNAME NAME", SURNAME, serialNumber IIN…, C=KZ, G = patronymic (as НУЦ РК writes it), O/OU=BIN… for legal entities.
function subjectOf(p: Person): NameAttr[] {
  const s: NameAttr[] = [
    { type: OID.commonName, value: `${p.surname} ${p.name}` },
    { type: OID.surname, value: p.surname },
    { type: OID.serialNumber, value: `IIN${p.iin}` },
    { type: OID.country, value: "KZ" },
    { type: OID.givenName, value: p.patronymic },
  ];
  if (p.bin)
    s.push(
      { type: OID.organization, value: p.org ?? "" },
      { type: OID.organizationalUnit, value: `BIN${p.bin}` },
    );
  return s;
}

// The two keys NCA issues to a person: AUTH_RSA256_… (sign-in) and RSA256_… (signing documents).
function personKeys(issuer: Issued, p: Person, validity: typeof VALID) {
  const policy = p.bin ? `${OID.kzLegalEntity}.1` : OID.kzIndividual;
  const auth = issueCertificate({
    subject: subjectOf(p),
    issuer,
    ...validity,
    keyUsage: { digitalSignature: true, keyEncipherment: true },
    extKeyUsage: [OID.clientAuth, policy],
  });
  const sign = issueCertificate({
    subject: subjectOf(p),
    issuer,
    ...validity,
    keyUsage: { digitalSignature: true, nonRepudiation: true },
    extKeyUsage: [OID.emailProtection, policy],
  });
  return { auth, sign };
}

function writeFile(file: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data, { mode: 0o600 });
}

// Generates the whole test PKI into `dir` (replacing what was there) and returns its manifest.
export function generateTestPki(o: PkiOptions): Manifest {
  const password = o.password ?? TEST_KEY_PASSWORD;
  fs.rmSync(o.dir, { recursive: true, force: true });
  const root = issueCertificate({
    subject: [
      { type: OID.commonName, value: "Balabaqsha Test Root CA (RSA)" },
      { type: OID.country, value: "KZ" },
    ],
    ca: true,
    ...VALID,
  });
  const issuing = issueCertificate({
    subject: [
      { type: OID.commonName, value: "Balabaqsha Test Issuing CA (RSA)" },
      { type: OID.country, value: "KZ" },
    ],
    issuer: root,
    ca: true,
    ...VALID,
  });
  const rogue = issueCertificate({
    subject: [
      { type: OID.commonName, value: "Untrusted Test CA (RSA)" },
      { type: OID.country, value: "KZ" },
    ],
    ca: true,
    ...VALID,
  });
  writeFile(path.join(o.dir, "trust", "test-root-ca.pem"), certPem(root.cert));
  writeFile(path.join(o.dir, "trust", "test-issuing-ca.pem"), certPem(issuing.cert));
  writeFile(path.join(o.dir, "untrusted-ca.pem"), certPem(rogue.cert));

  const people: Record<
    IdentityName,
    { label: string; person: Person; issuer: Issued; validity: typeof VALID }
  > = {
    parent: {
      label: "Valid parent",
      person: { iin: o.parentIin, surname: "ЖҰМАБАЕВА", name: "ӘСЕМ", patronymic: "ЕРЛАНҚЫЗЫ" },
      issuer: issuing,
      validity: VALID,
    },
    other: {
      label: "Another person",
      person: { iin: o.otherIin, surname: "СМИРНОВ", name: "АНДРЕЙ", patronymic: "ВИКТОРОВИЧ" },
      issuer: issuing,
      validity: VALID,
    },
    expired: {
      label: "Expired certificate",
      person: { iin: o.parentIin, surname: "ЖҰМАБАЕВА", name: "ӘСЕМ", patronymic: "ЕРЛАНҚЫЗЫ" },
      issuer: issuing,
      validity: EXPIRED,
    },
    untrusted: {
      label: "Untrusted CA",
      person: { iin: o.parentIin, surname: "ЖҰМАБАЕВА", name: "ӘСЕМ", patronymic: "ЕРЛАНҚЫЗЫ" },
      issuer: rogue,
      validity: VALID,
    },
    legal: {
      label: "Legal entity (BIN)",
      person: {
        iin: o.parentIin,
        surname: "ЖҰМАБАЕВА",
        name: "ӘСЕМ",
        patronymic: "ЕРЛАНҚЫЗЫ",
        bin: "150440012345",
        org: "ТОО «Тест»",
      },
      issuer: issuing,
      validity: VALID,
    },
  };
  const identities = {} as Record<IdentityName, ManifestIdentity>;
  for (const name of IDENTITY_NAMES) {
    const { label, person, issuer, validity } = people[name];
    const keys = personKeys(issuer, person, validity);
    const chain = issuer === issuing ? [issuing.cert, root.cert] : [issuer.cert];
    const id = keys.auth.cert.serialNumber.slice(0, 12);
    const auth = path.join("keys", name, `AUTH_RSA256_${id}.p12`);
    const sign = path.join("keys", name, `RSA256_${id}.p12`);
    writeFile(path.join(o.dir, auth), toPkcs12(keys.auth, chain, password, `auth-${name}`));
    writeFile(path.join(o.dir, sign), toPkcs12(keys.sign, chain, password, `sign-${name}`));
    identities[name] = { label, iin: person.iin, auth, sign };
  }
  const manifest: Manifest = { password, trustDir: "trust", identities };
  writeFile(path.join(o.dir, "standin.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

// The manifest of an existing test PKI folder, or null when there is none.
export function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, "standin.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Manifest) : null;
}
