// The Atom feed of the protocol's signed daily heads (pure): one entry per published day, newest first,
// with the day's date, hash, previous hash and event count, and the portal key's Ed25519 signature of
// its head statement (./canonical.ts headStatement) with the key's id — so anyone can keep copies of
// the heads, and a history rewritten later no longer matches them (docs/VERIFY.md).

/** A day's head with its signature. */
export type SignedHead = {
  date: string;
  contentHash: string;
  prevHash: string | null;
  eventCount: number;
  publishedAt: string;
  keyId: string;
  /** Base64 of the 64-byte Ed25519 signature. */
  signature: string;
};

/** The namespace of the head's own elements in the feed. */
export const HEAD_NS = "urn:balabaqsha:protocol-head:1";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The feed. `base` is the portal's public address (no trailing slash); links point at each day's
// canonical JSON, the chain's index and the published keys.
export function headsFeed(o: {
  base: string;
  locale: string;
  title: string;
  keysPath: string;
  heads: SignedHead[];
}): string {
  const heads = [...o.heads].sort((a, b) => b.date.localeCompare(a.date));
  const self = `${o.base}/${o.locale}/protocol/heads.xml`;
  const updated = heads[0]?.publishedAt ?? "1970-01-01T00:00:00.000Z";
  const entries = heads.map((h) => {
    const day = `${o.base}/${o.locale}/protocol/days/${h.date}.json`;
    return [
      "  <entry>",
      `    <id>urn:balabaqsha:protocol-day:${h.date}:${h.contentHash}</id>`,
      `    <title>${h.date} ${h.contentHash}</title>`,
      `    <updated>${h.publishedAt}</updated>`,
      `    <link rel="alternate" type="application/json" href="${escapeXml(day)}"/>`,
      `    <content type="text">${h.date} ${h.contentHash} ${h.eventCount}</content>`,
      `    <bq:date>${h.date}</bq:date>`,
      `    <bq:hash>${h.contentHash}</bq:hash>`,
      `    <bq:prevHash>${h.prevHash ?? ""}</bq:prevHash>`,
      `    <bq:events>${h.eventCount}</bq:events>`,
      `    <bq:keyId>${h.keyId}</bq:keyId>`,
      `    <bq:signature>${h.signature}</bq:signature>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:bq="${HEAD_NS}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="related" type="application/json" href="${escapeXml(`${o.base}/${o.locale}/protocol/chain.json`)}"/>`,
    `  <link rel="related" type="application/json" href="${escapeXml(`${o.base}${o.keysPath}`)}"/>`,
    "  <author><name>Balabaqsha</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
