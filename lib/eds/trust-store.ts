import { log } from "@/lib/log";
import "server-only";
// The trusted roots folder (EDS_TRUST_DIR): PEM or DER certificates (.pem .crt .cer .der).
// Production: the National Certification Authority's root and intermediate (RSA) certificates,
// installed by the administrator. Demo and tests: the project's test CA (lib/eds/testing/test-pki.ts).
import fs from "node:fs";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import { isSelfSigned, type TrustStore } from "./chain";

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function certificatesIn(file: string): X509Certificate[] {
  const data = fs.readFileSync(file);
  const text = data.toString("latin1");
  const blocks = text.match(PEM_BLOCK);
  try {
    return blocks ? blocks.map((b) => new X509Certificate(b)) : [new X509Certificate(data)];
  } catch {
    log.warn("eds.trust_store.not_a_certificate", { file });
    return [];
  }
}

// Loads every certificate of the folder: self-signed ones are roots, other CA certificates intermediates.
// A missing or empty folder trusts nothing (every signature is then refused as untrusted).
export function loadTrustStore(dir: string): TrustStore {
  const store: TrustStore = { anchors: [], intermediates: [] };
  if (!fs.existsSync(dir)) {
    log.warn("eds.trust_store.missing", { dir, note: "no certificate will be trusted" });
    return store;
  }
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(pem|crt|cer|der)$/i.test(name)) continue;
    for (const c of certificatesIn(path.join(dir, name))) {
      if (!c.ca) continue;
      (isSelfSigned(c) ? store.anchors : store.intermediates).push(c);
    }
  }
  return store;
}
