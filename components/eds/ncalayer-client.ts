// Browser client of NCALayer (the desktop program on the person's own computer that holds the key and
// serves a WebSocket, wss://127.0.0.1:13579 by default): signs one XML document and says clearly what
// happened — NCALayer not running or not installed, the person cancelled, a wrong key password, success.
import {
  basicsSignRequest,
  commonUtilsSignXmlRequest,
  isAnswer,
  readBasicsAnswer,
  readCommonUtilsAnswer,
  type NcaKeyType,
  type NcaOutcome,
} from "./ncalayer-protocol";

// The outcome types, for callers.
export type { NcaFailure, NcaKeyType, NcaOutcome } from "./ncalayer-protocol";

type Socket = Pick<WebSocket, "send" | "close" | "readyState"> & {
  onopen: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
};
type SocketCtor = new (url: string) => Socket;

// How to reach NCALayer and which key to ask for.
export type SignOptions = {
  url: string;
  keyType: NcaKeyType;
  /** NCALayer's dialog language: kk, ru or en. */
  locale: string;
  /** Offer only keys of this IIN (NCALayer filters its key list). */
  iin?: string;
  /** Time to connect; the person's time in NCALayer's dialogs is limited by `answerTimeoutMs`. */
  connectTimeoutMs?: number;
  answerTimeoutMs?: number;
  /** For tests in Node: a WebSocket implementation (the browser's by default). */
  WebSocketImpl?: SocketCtor;
};

// Detached handlers are no-ops, not null: a late "error" must never go unhandled (Node's ws throws then).
const noop = () => {};

// Opens the socket; resolves null when NCALayer is not there (refused, closed or silent).
function connect(o: SignOptions): Promise<Socket | null> {
  const Ctor = o.WebSocketImpl ?? (globalThis.WebSocket as unknown as SocketCtor | undefined);
  if (!Ctor) return Promise.resolve(null);
  return new Promise((resolve) => {
    let ws: Socket;
    try {
      ws = new Ctor(o.url);
    } catch {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => {
      ws.onopen = ws.onerror = ws.onclose = noop;
      ws.close();
      resolve(null);
    }, o.connectTimeoutMs ?? 5000);
    ws.onopen = () => {
      clearTimeout(timer);
      resolve(ws);
    };
    ws.onerror = ws.onclose = () => {
      clearTimeout(timer);
      resolve(null);
    };
  });
}

// Sends one request and waits for its answer (skipping NCALayer's greeting and heartbeats).
function ask(ws: Socket, request: object, timeoutMs: number): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    const done = (v: Record<string, unknown> | null) => {
      clearTimeout(timer);
      ws.onmessage = ws.onclose = ws.onerror = noop;
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    ws.onmessage = (ev) => {
      let m: unknown;
      try {
        m = JSON.parse(String(ev.data));
      } catch {
        return; // "--heartbeat--" and other non-JSON chatter
      }
      if (isAnswer(m)) done(m);
    };
    ws.onclose = ws.onerror = () => done(null);
    ws.send(JSON.stringify(request));
  });
}

// Signs `xml` in NCALayer with the person's key of the given type; never throws.
export async function signXmlWithNcaLayer(xml: string, o: SignOptions): Promise<NcaOutcome> {
  const ws = await connect(o);
  if (!ws) return { ok: false, reason: "unavailable" };
  const timeout = o.answerTimeoutMs ?? 5 * 60_000;
  try {
    const first = await ask(ws, basicsSignRequest(xml, o.keyType, o.locale, o.iin), timeout);
    if (!first) return { ok: false, reason: "failed", detail: "no answer" };
    const verdict = readBasicsAnswer(first);
    if (verdict.ok || verdict.reason !== "legacy") return verdict as NcaOutcome;
    const legacy = await ask(ws, commonUtilsSignXmlRequest(xml, o.keyType), timeout);
    return legacy ? readCommonUtilsAnswer(legacy) : { ok: false, reason: "failed", detail: "no answer" };
  } finally {
    ws.onopen = ws.onmessage = ws.onerror = ws.onclose = noop;
    ws.close();
  }
}
