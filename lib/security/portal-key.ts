import "server-only";
import { generateKeyPairSync } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { env, isDemoMode } from "@/lib/env";
import { configuredSigningKey, signingKeyFromPem, type SigningKey } from "./portal-key-material";

// The portal's signing key (Ed25519; docs/VERIFY.md). Production: the operator's key from the
// configuration (PORTAL_SIGNING_KEY or PORTAL_SIGNING_KEY_FILE; a start without it is refused, lib/env.ts)
// — only its public half is recorded in PortalKey, so the published list names it. Demo and tests: a key
// generated on first use and kept in PortalKey, the same for every process.

/** Where the public keys are published (app/api/portal-keys): the list, and each key as PEM. */
export const PORTAL_KEYS_PATH = "/api/portal-keys";
export const portalKeyPemPath = (id: string) => `${PORTAL_KEYS_PATH}/${id}.pem`;

let operatorKey: SigningKey | null | undefined;

// The key that signs now.
export async function portalSigningKey(): Promise<SigningKey> {
  operatorKey ??= configuredSigningKey(env());
  if (operatorKey) {
    await recordOperatorKey(operatorKey);
    return operatorKey;
  }
  if (!isDemoMode() && env().NODE_ENV !== "test")
    throw new Error("PORTAL_SIGNING_KEY is not set: the portal has no key to sign with");
  return generatedSigningKey();
}

// The operator's public half in PortalKey (once: a second insert does nothing); the keys it replaces
// are marked retired — they stay published, so that what they signed can still be checked.
async function recordOperatorKey(key: SigningKey): Promise<void> {
  await prisma.$transaction([
    prisma.portalKey.createMany({
      data: [{ id: key.id, publicKeyPem: key.publicKeyPem }],
      skipDuplicates: true,
    }),
    prisma.portalKey.updateMany({
      where: { id: { not: key.id }, retiredAt: null },
      data: { retiredAt: new Date() },
    }),
  ]);
}

const usable = { privateKeyPem: { not: null }, retiredAt: null } as const;

// The demo's key: the stored one, or — the first time — one generated and stored under a transaction
// lock, so that two processes starting at once (the server and a job) end with one key, not two.
export async function generatedSigningKey(): Promise<SigningKey> {
  const stored = await prisma.portalKey.findFirst({ where: usable, orderBy: { createdAt: "asc" } });
  if (stored) return signingKeyFromPem(stored.privateKeyPem!);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('balabaqsha:portal-key'))`;
    const row = await tx.portalKey.findFirst({ where: usable, orderBy: { createdAt: "asc" } });
    if (row) return signingKeyFromPem(row.privateKeyPem!);
    const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const key = signingKeyFromPem(pem);
    await tx.portalKey.create({ data: { id: key.id, publicKeyPem: key.publicKeyPem, privateKeyPem: pem } });
    return key;
  });
}

/** A public key as published. */
export type PublishedKey = { id: string; publicKeyPem: string; createdAt: Date; retiredAt: Date | null };

// Every key the portal has signed with, the current one included (never the private halves).
export async function publishedKeys(): Promise<PublishedKey[]> {
  await portalSigningKey();
  return prisma.portalKey.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, publicKeyPem: true, createdAt: true, retiredAt: true },
  });
}
