import { AsyncLocalStorage } from "node:async_hooks";

// The client address the audit log records for changes made while serving a request. The action
// builder (formAction, jsonAction, routeHandler) reads it once per request (lib/audit/current-ip.ts)
// and runs the body inside this context, so every audit() call in its transactions gets the address
// without passing it down. Jobs and scripts run outside any request: their records have no address.
const store = new AsyncLocalStorage<{ ip: string | null }>();

/** Runs `fn` with `ip` as the address its audit records carry. */
export function withAuditIp<T>(ip: string | null, fn: () => Promise<T>): Promise<T> {
  return store.run({ ip }, fn);
}

/** The address set by withAuditIp around the current call, or null. */
export function auditIp(): string | null {
  return store.getStore()?.ip ?? null;
}
