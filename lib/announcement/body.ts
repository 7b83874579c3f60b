// An announcement's text as the reader sees it, pure: the author writes plain text; blank lines make
// paragraphs, single line breaks stay line breaks, and http(s) addresses become links. Nothing else is
// interpreted — HTML, scripts and any other markup are shown as the characters typed (React escapes
// every segment), so the text can never inject markup.

/** A piece of a line: plain text, or a link to an http(s) address. */
export type Segment = { text: string; href?: string };
/** A paragraph: its lines, each a list of segments. */
export type Paragraph = Segment[][];

const URL_RE = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than an address ("see https://edu.kz.").
const TRAILING = /[.,;:!?)\]}»"'…]+$/;

// A safe http(s) link for an address found in the text, or null.
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// Splits one line into text and links.
export function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of line.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const address = raw.replace(TRAILING, "");
    const href = safeHref(address);
    if (!href) continue;
    if (start > last) out.push({ text: line.slice(last, start) });
    out.push({ text: address, href });
    last = start + address.length;
  }
  if (last < line.length) out.push({ text: line.slice(last) });
  return out;
}

// The text as paragraphs of lines of segments (empty paragraphs dropped, Windows line ends accepted).
export function formatBody(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim().length > 0)
    .map((p) => p.split("\n").map(segmentsOf));
}

// A short plain-text excerpt for lists (whitespace collapsed).
export function excerptOf(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
