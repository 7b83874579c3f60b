// The portal's signing key as material (pure, no database): its id, reading the operator's key from the
// configuration, and the Ed25519 signature itself. The key signs the protocol's daily heads and the
// receipts of timesheet confirmations (docs/VERIFY.md); lib/security/portal-key.ts keeps it.
import fs from "node:fs";
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

/** A key the portal signs with: its id, the private half, and the public half as published. */
export type SigningKey = { id: string; privateKey: KeyObject; publicKeyPem: string };

// The key's id: the first 16 hex digits of SHA-256 of its public key (DER, SubjectPublicKeyInfo).
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16);
}

// The signing key from a private key in PEM (PKCS#8): refused unless it is an Ed25519 key.
export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new Error(`the portal's signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  return {
    id: keyIdOf(publicKey),
    privateKey,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** The two ways the operator configures the key (lib/env.ts). */
export type KeySettings = { PORTAL_SIGNING_KEY?: string; PORTAL_SIGNING_KEY_FILE?: string };

// The operator's key as configured: PORTAL_SIGNING_KEY (the PEM itself; "\n" may be written as the two
// characters \ and n, as some deployment tools store multi-line values) or PORTAL_SIGNING_KEY_FILE (a
// path to the PEM). Null when neither is set.
export function configuredSigningKey(s: KeySettings): SigningKey | null {
  if (s.PORTAL_SIGNING_KEY) return signingKeyFromPem(s.PORTAL_SIGNING_KEY.replace(/\\n/g, "\n"));
  if (s.PORTAL_SIGNING_KEY_FILE) return signingKeyFromPem(fs.readFileSync(s.PORTAL_SIGNING_KEY_FILE, "utf8"));
  return null;
}

// What is wrong with the configured key, or null when it is usable (or none is configured: whether one
// is required is lib/env.ts productionProblems' decision).
export function configuredKeyProblem(s: KeySettings): string | null {
  try {
    configuredSigningKey(s);
    return null;
  } catch (e) {
    const which = s.PORTAL_SIGNING_KEY ? "PORTAL_SIGNING_KEY" : "PORTAL_SIGNING_KEY_FILE";
    return `${which} is not a usable Ed25519 private key (PEM): ${(e as Error).message}`;
  }
}

// The detached Ed25519 signature of exactly these bytes (64 bytes; `openssl pkeyutl -verify -rawin`).
export function signBytes(key: Pick<SigningKey, "privateKey">, bytes: Uint8Array): Buffer {
  return sign(null, bytes, key.privateKey);
}

// True when the signature is the public key's over exactly these bytes.
export function verifyBytes(publicKeyPem: string, bytes: Uint8Array, signature: Uint8Array): boolean {
  return verify(null, bytes, createPublicKey(publicKeyPem), signature);
}
