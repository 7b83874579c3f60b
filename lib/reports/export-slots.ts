import "server-only";
import { textResponse } from "@/lib/action/state-texts";

// Exports (reports, the protocol, announcement receipts) are the heaviest requests a reader can make:
// each runs its queries and writes a file. A process serves at most RUNNING of them at once (one per
// core); up to 32 more wait their turn for at most 10 s, and the rest — or those that waited too
// long — get 503 with Retry-After and a message in their language instead of piling up until the
// database pool times out (which answered 500 under load).

export type SlotLimits = { running: number; waiting: number; waitMs: number };
const DEFAULT_LIMITS: SlotLimits = { running: 2, waiting: 32, waitMs: 10_000 };
const RETRY_AFTER_S = 5;

/** A counting semaphore with a bounded, timed queue; `acquire` resolves to a release function or null. */
export function slots(limits: SlotLimits) {
  let running = 0;
  const queue: { grant: (release: () => void) => void; timer: NodeJS.Timeout }[] = [];
  const releaser = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(releaser());
      } else running--;
    };
  };
  return {
    acquire(): Promise<(() => void) | null> {
      if (running < limits.running) {
        running++;
        return Promise.resolve(releaser());
      }
      if (queue.length >= limits.waiting) return Promise.resolve(null);
      return new Promise((resolve) => {
        const entry = {
          grant: resolve,
          timer: setTimeout(() => {
            const i = queue.indexOf(entry);
            if (i >= 0) queue.splice(i, 1);
            resolve(null);
          }, limits.waitMs),
        };
        queue.push(entry);
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

// Holds the slot until the body has been sent, or the client has gone away.
function releasingBody(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (e) {
        release();
        controller.error(e);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
}

const holder = globalThis as unknown as { __exportSlots?: ReturnType<typeof slots> };

/** Runs an export in one of the process's export slots, or answers 503 (busy) in the reader's language. */
export async function withExportSlot(
  locale: string | undefined,
  build: () => Promise<Response>,
  pool: ReturnType<typeof slots> = (holder.__exportSlots ??= slots(DEFAULT_LIMITS)),
): Promise<Response> {
  const release = await pool.acquire();
  if (!release) {
    const busy = textResponse(locale, "errors.export_busy", 503);
    busy.headers.set("Retry-After", String(RETRY_AFTER_S));
    return busy;
  }
  let response: Response;
  try {
    response = await build();
  } catch (e) {
    release();
    throw e;
  }
  if (!response.body) {
    release();
    return response;
  }
  return new Response(releasingBody(response.body, release), {
    status: response.status,
    headers: response.headers,
  });
}
