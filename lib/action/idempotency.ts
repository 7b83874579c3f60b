import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { MessageKey } from "./message-key";
import { Refusal } from "./refusal";

// A request that must take effect once (a mark sent again from a phone's offline queue): the client's key
// is written as an ActionReceipt row in the same transaction as the effect, so
// - a second request with the key finds the receipt and answers the first outcome, acting not again;
// - two requests with the key at the same moment: the second one's INSERT waits on the first one's row
//   (primary key) until it commits — then it finds it — or rolls back — then it goes on itself;
// - a refusal (a coded error or a Refusal) rolls the effect back and is then recorded as the key's
//   outcome, so the key stays refused even if what made it impossible changes later. Anything else (a
//   server error, a lost connection) records nothing: the client may send the key again.

/** What the first request with a key answered: the body's result, or its refusal as message keys. */
export type ReceiptOutcome =
  | ({ ok: true } & Record<string, unknown>)
  | { ok: false; message: string; messageValues?: Record<string, string | number> };

export type ReceiptKey = { key: string; action: string; personId: string; clientAt?: Date | null };

const PENDING = { ok: false, message: "errors.internal" } as const;

async function claim(tx: Tx, k: ReceiptKey): Promise<boolean> {
  const rows = await tx.$executeRaw`
    INSERT INTO "ActionReceipt" ("key", "action", "personId", "clientAt", "outcome")
    VALUES (${k.key}, ${k.action}, ${k.personId}, ${k.clientAt ?? null}, ${JSON.stringify(PENDING)}::jsonb)
    ON CONFLICT ("key") DO NOTHING`;
  return rows === 1;
}

// The stored outcome of a key; a key used by another person or for another action is refused.
async function storedOutcome(db: Tx, k: ReceiptKey): Promise<ReceiptOutcome> {
  const r = await db.actionReceipt.findUniqueOrThrow({ where: { key: k.key } });
  if (r.personId !== k.personId || r.action !== k.action) throw new AppError("forbidden");
  return r.outcome as ReceiptOutcome;
}

// The refusal's keys as an outcome, or null for an error that must not stick to the key.
export function refusalOutcome(e: unknown): ReceiptOutcome | null {
  if (e instanceof Refusal && !e.fieldErrors) return { ok: false, message: e.key, messageValues: e.values };
  if (e instanceof AppError && e.code !== "internal")
    return { ok: false, message: `errors.${e.code}`, messageValues: e.details };
  return null;
}

// Runs `effect` once per key (see above) and answers its outcome — the stored one for a key seen before.
export async function onceByKey<T extends object>(
  k: ReceiptKey,
  effect: (tx: Tx) => Promise<T>,
): Promise<ReceiptOutcome> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        if (!(await claim(tx, k))) return storedOutcome(tx, k);
        const outcome = { ok: true as const, ...(await effect(tx)) };
        await tx.actionReceipt.update({
          where: { key: k.key },
          data: { outcome: outcome as Prisma.InputJsonValue },
        });
        return outcome;
      },
      { timeout: 15_000, maxWait: 10_000 },
    );
  } catch (e) {
    const refused = refusalOutcome(e);
    if (!refused || (e instanceof AppError && e.code === "forbidden" && (await keyTaken(k)))) throw e;
    // The effect was rolled back; the refusal becomes the key's outcome (unless a concurrent request
    // with the key got there first: then its outcome is the answer).
    return prisma.$transaction(async (tx) => {
      const mine = await tx.$executeRaw`
        INSERT INTO "ActionReceipt" ("key", "action", "personId", "clientAt", "outcome")
        VALUES (${k.key}, ${k.action}, ${k.personId}, ${k.clientAt ?? null}, ${JSON.stringify(refused)}::jsonb)
        ON CONFLICT ("key") DO NOTHING`;
      return mine === 1 ? refused : storedOutcome(tx, k);
    });
  }
}

// Whether the key belongs to someone else's receipt (a reused key is refused, never recorded).
async function keyTaken(k: ReceiptKey): Promise<boolean> {
  const r = await prisma.actionReceipt.findUnique({ where: { key: k.key } });
  return !!r && (r.personId !== k.personId || r.action !== k.action);
}

// For an action body: runs `effect` once per key and returns its result — the first request's for a
// repeated key — or throws the key's refusal again (the action builder answers it as usual).
export async function runOnce<T extends object>(k: ReceiptKey, effect: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await onceByKey(k, effect);
  if (!outcome.ok) throw new Refusal(outcome.message as MessageKey, undefined, outcome.messageValues);
  const result: Record<string, unknown> = { ...outcome };
  delete result.ok;
  return result as T;
}
