import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Transactions wait up to 10 s for a connection and may last 15 s (Prisma's defaults are 2 s and 5 s).
// A transaction's own database work is milliseconds, but under a peak (the 1st of the month, a claim storm)
// its queries also wait for the busy process between them; with the defaults such a request failed with a
// server error where it only needed to wait (the benchmark's "everyone present" at 16 connections).
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

// Creates a client for a connection string (tests and scripts make their own).
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

// One client per process, created on first use (so `next build` needs no database) and cached
// on globalThis so dev reloads don't open new pools.
const holder = globalThis as unknown as { __prisma?: PrismaClient };
function client(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one");
  holder.__prisma ??= createPrismaClient(url);
  return holder.__prisma;
}

// Whether the running code is inside an interactive transaction of the global client. A query on the
// global client from there waits for a second connection while the transaction holds the first: under a
// peak every transaction waits for the others and the pool runs dry (the benchmark found three such
// places). In tests (NODE_ENV=test) such a query throws, so every integration test also checks that each
// transaction's reads and writes go through its own client.
const inTransaction = new AsyncLocalStorage<boolean>();
let guardTransactions: boolean | undefined; // read once, from the validated settings (lib/env.ts)

export const prisma = new Proxy({} as PrismaClient, {
  get: (_t, prop) => {
    const c = client();
    guardTransactions ??= env().NODE_ENV === "test";
    if (guardTransactions && inTransaction.getStore() && typeof prop === "string" && prop !== "then")
      throw new Error(
        `prisma.${prop} used inside a transaction: use the transaction's client (it holds the connection)`,
      );
    if (prop === "$transaction")
      return (arg: unknown, options?: unknown) =>
        typeof arg === "function"
          ? c.$transaction(
              (tx) => inTransaction.run(true, () => (arg as (t: Tx) => Promise<unknown>)(tx)),
              options as never,
            )
          : c.$transaction(arg as never, options as never);
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
