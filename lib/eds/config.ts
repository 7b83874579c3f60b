import "server-only";
// EDS settings from the environment: the trusted roots folder, where the browser finds NCALayer,
// the challenge audience, and whether the demo stand-in runs.
import path from "node:path";
import { env, isDemoMode } from "@/lib/env";
import type { TrustStore } from "./chain";
import { loadTrustStore } from "./trust-store";

// The trusted roots folder, resolved against the working directory.
export function edsTrustDir(): string {
  return path.resolve(process.cwd(), env().EDS_TRUST_DIR);
}

// The trusted roots, read from the folder now (so an administrator's new root works without a restart).
export function edsTrustStore(): TrustStore {
  return loadTrustStore(edsTrustDir());
}

// NCALayer's WebSocket address for the browser (wss://127.0.0.1:13579 unless configured).
export function ncaLayerUrl(): string {
  return env().NCALAYER_URL;
}

// The audience written into sign-in challenges: this portal's address.
export function edsAudience(): string {
  return env().NEXTAUTH_URL ?? "balabaqsha";
}

// True when the demo NCALayer stand-in with test keys is running.
export function isEdsDemo(): boolean {
  return isDemoMode() && env().EDS_DEMO === "1";
}
