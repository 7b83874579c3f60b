#!/usr/bin/env node
// Checks the portal's protocol of places from outside, with Node's built-ins only (docs/VERIFY.md):
//   node scripts/verify-protocol.mjs <base-url> [--locale kk] [--key portal-key.pem]
// Downloads chain.json and every published day, recomputes each day's canonical bytes and SHA-256, and the
// chain (each day names the previous day's hash; the first names none); then checks the signed daily heads
// of the Atom feed against the portal's published key (or a copy you kept: --key). Prints the head and
// exits 0; or names the first day that does not verify and exits 1 (2: the portal could not be read).
import { createHash, createPublicKey, verify } from "node:crypto";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const locale = option("--locale") ?? "kk";
const pinnedKey = option("--key");
const base = args[0]?.replace(/\/+$/, "");
if (!base) {
  console.error("usage: node scripts/verify-protocol.mjs <base-url> [--locale kk] [--key portal-key.pem]");
  process.exit(2);
}

// The canonical form: object keys sorted (by UTF-16 code units), no whitespace, strings and numbers as
// JSON.stringify writes them, UTF-8.
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  return `{${Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
    .join(",")}}`;
}
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const headStatement = (d) =>
  Buffer.from(`balabaqsha-protocol-head v1\n${d.date}\n${d.contentHash}\n${d.eventCount}\n`, "utf8");
const keyIdOf = (key) => sha256(key.export({ type: "spki", format: "der" })).slice(0, 16);

async function download(path) {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

class DayFailure extends Error {
  constructor(date, reason) {
    super(`${date}: ${reason}`);
    this.date = date;
  }
}

async function main() {
  const chain = JSON.parse((await download(`/${locale}/protocol/chain.json`)).toString("utf8"));
  if (chain.format !== "balabaqsha.protocol-chain" || chain.version !== 1)
    throw new Error("chain.json: not a balabaqsha.protocol-chain of version 1");
  const days = chain.days;
  let prev = null;
  let events = 0;
  for (const [i, day] of days.entries()) {
    if (i > 0 && day.date <= days[i - 1].date) throw new DayFailure(day.date, "days out of order");
    const bytes = await download(`/${locale}/protocol/days/${day.date}.json`).catch((e) => {
      throw new DayFailure(day.date, `it could not be downloaded (${e.message})`);
    });
    const hash = sha256(bytes);
    if (hash !== day.contentHash)
      throw new DayFailure(day.date, `content hash ${hash} is not the published ${day.contentHash}`);
    const content = JSON.parse(bytes.toString("utf8"));
    if (canonicalJson(content) !== bytes.toString("utf8"))
      throw new DayFailure(day.date, "the served bytes are not in the canonical form");
    if (content.date !== day.date) throw new DayFailure(day.date, `its content is dated ${content.date}`);
    if ((content.prevHash ?? null) !== prev || (day.prevHash ?? null) !== prev)
      throw new DayFailure(
        day.date,
        `it does not name the previous day's hash ${prev ?? "(none: first day)"}`,
      );
    if (!Array.isArray(content.events) || content.events.length !== day.eventCount)
      throw new DayFailure(day.date, `its event count is not ${day.eventCount}`);
    events += day.eventCount;
    prev = hash;
  }
  if ((chain.head?.contentHash ?? null) !== prev)
    throw new Error("chain.json: its head is not the last day's hash");

  // The signed heads: every day in the feed must be the chain's, signed by a published (or the pinned) key.
  const keys = new Map();
  if (pinnedKey) {
    const key = createPublicKey(readFileSync(pinnedKey, "utf8"));
    keys.set(keyIdOf(key), key);
  } else {
    const published = JSON.parse((await download("/api/portal-keys")).toString("utf8"));
    for (const k of published.keys) {
      const key = createPublicKey(k.publicKeyPem);
      if (keyIdOf(key) !== k.id) throw new Error(`/api/portal-keys: key ${k.id} does not have that id`);
      keys.set(k.id, key);
    }
  }
  const feed = (await download(`/${locale}/protocol/heads.xml`)).toString("utf8");
  const field = (entry, name) => new RegExp(`<bq:${name}>([^<]*)</bq:${name}>`).exec(entry)?.[1] ?? "";
  const signed = new Map();
  for (const [, entry] of feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const head = {
      date: field(entry, "date"),
      contentHash: field(entry, "hash"),
      eventCount: Number(field(entry, "events")),
      keyId: field(entry, "keyId"),
      signature: Buffer.from(field(entry, "signature"), "base64"),
    };
    signed.set(head.date, head);
  }
  for (const day of days) {
    const head = signed.get(day.date);
    if (!head) throw new DayFailure(day.date, "the feed has no signed head for it");
    if (head.contentHash !== day.contentHash || head.eventCount !== day.eventCount)
      throw new DayFailure(day.date, `the signed head says ${head.contentHash} (${head.eventCount} events)`);
    const key = keys.get(head.keyId);
    if (!key)
      throw new DayFailure(day.date, `its head is signed by key ${head.keyId}, which is not trusted here`);
    if (!verify(null, headStatement(day), key, head.signature))
      throw new DayFailure(day.date, "the signature of its head does not verify");
  }
  const last = days.at(-1);
  console.log(
    last
      ? `OK: ${days.length} days, ${events} events; head ${last.date} ${last.contentHash} (signed by ${signed.get(last.date).keyId})`
      : "OK: nothing is published yet",
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    if (e instanceof DayFailure) {
      console.error(`FAILED at day ${e.message}`);
      process.exit(1);
    }
    console.error(`FAILED: ${e.message}`);
    process.exit(e.message.includes("HTTP") || e.cause ? 2 : 1);
  },
);
