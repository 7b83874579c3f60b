// A throw-away test PKI for unit and integration tests: generated into a temp folder, with the
// trusted roots loaded and every identity's keys opened.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import type { TrustStore } from "../chain";
import { isSelfSigned } from "../chain";
import { IDENTITY_NAMES, generateTestPki, type IdentityName, type Manifest } from "./test-pki";
import { readPkcs12, type KeyMaterial } from "./xml-signer";

// A generated test PKI, ready for tests.
export type PkiFixture = {
  dir: string;
  trustDir: string;
  manifest: Manifest;
  trust: TrustStore;
  rootPem: string;
  intermediatePem: string;
  key: (identity: IdentityName, type: "auth" | "sign") => KeyMaterial;
  remove: () => void;
};

// Valid IINs (checksums hold) for the fixture's two people.
export const FIXTURE_IINS = { parent: "920714441235", other: "950815350123" } as const;

// Generates the PKI (a few seconds: give the hook a long timeout) and opens all keys.
export function makePkiFixture(dir = fs.mkdtempSync(path.join(os.tmpdir(), "eds-pki-"))): PkiFixture {
  const manifest = generateTestPki({ dir, parentIin: FIXTURE_IINS.parent, otherIin: FIXTURE_IINS.other });
  const trustDir = path.join(dir, manifest.trustDir);
  const rootPem = fs.readFileSync(path.join(trustDir, "test-root-ca.pem"), "utf8");
  const intermediatePem = fs.readFileSync(path.join(trustDir, "test-issuing-ca.pem"), "utf8");
  const certs = [rootPem, intermediatePem].map((p) => new X509Certificate(p));
  const trust: TrustStore = {
    anchors: certs.filter(isSelfSigned),
    intermediates: certs.filter((c) => !isSelfSigned(c)),
  };
  const keys = new Map<string, KeyMaterial>();
  for (const n of IDENTITY_NAMES) {
    for (const t of ["auth", "sign"] as const)
      keys.set(
        `${n}:${t}`,
        readPkcs12(fs.readFileSync(path.join(dir, manifest.identities[n][t])), manifest.password),
      );
  }
  return {
    dir,
    trustDir,
    manifest,
    trust,
    rootPem,
    intermediatePem,
    key: (identity, type) => keys.get(`${identity}:${type}`)!,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
