// The NCALayer stand-in: a `ws` server on 127.0.0.1 that answers NCALayer's protocol with the test
// PKI's keys, plus a small HTTP control surface on the same port (a real NCALayer asks the person
// in a dialog; here the key is chosen beforehand):
//   GET  /health  → {"ok":true}
//   GET  /choice  → the current choice and the identities on offer
//   POST /choice  {"identity":"expired","password":"…","cancel":false,"legacy":false} (partial; {"reset":true} restores the default)
//   GET  /        → a page to choose by hand (the demo)
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { answer, type Choice } from "./standin-answers";
import { chooserPage } from "./standin-page";
import { IDENTITY_NAMES, readManifest, type IdentityName } from "./test-pki";

// A running stand-in.
export type Standin = { port: number; url: string; close: () => Promise<void> };
// A running stand-in.
export type StandinOptions = { dir: string; port?: number; host?: string; identity?: IdentityName };

const VERSION = "1.4 (Balabaqsha NCALayer stand-in)";

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
      if (body.length > 10_000) req.destroy();
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

// Starts the stand-in over an existing test PKI folder (see lib/eds/testing/test-pki.ts).
export async function startStandin(o: StandinOptions): Promise<Standin> {
  const manifest = readManifest(o.dir);
  if (!manifest) throw new Error(`no test PKI in ${o.dir} (standin.json missing)`);
  const initial = (): Choice => ({
    identity: o.identity ?? "parent",
    password: manifest.password,
    cancel: false,
    legacy: false,
  });
  let choice = initial();
  const state = () => ({ choice, identities: manifest.identities, password: manifest.password });

  const server = http.createServer(async (req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url === "/health") return json(200, { ok: true });
    if (req.method === "GET" && req.url === "/choice") return json(200, state());
    if (req.method === "GET" && req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(chooserPage(manifest));
    }
    if (req.method === "POST" && req.url === "/choice") {
      try {
        const p = JSON.parse(await readBody(req)) as Partial<Choice> & { reset?: boolean };
        if (p.identity !== undefined && !IDENTITY_NAMES.includes(p.identity))
          return json(400, { error: `unknown identity ${p.identity}` });
        choice = p.reset
          ? initial()
          : { ...choice, ...Object.fromEntries(Object.entries(p).filter(([k]) => k in choice)) };
        return json(200, state());
      } catch {
        return json(400, { error: "bad JSON" });
      }
    }
    json(404, { error: "not found" });
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (ws) => {
    ws.send(JSON.stringify({ result: { version: VERSION } }));
    ws.on("message", (data) => {
      const reply = answer(o.dir, manifest, choice, data.toString());
      if (reply) ws.send(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port ?? 13579, o.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => server.close(() => resolve()));
      }),
  };
}
