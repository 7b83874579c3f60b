// The largest request body the server reads (pure, no imports: next.config.ts and proxy.ts load it).
// The largest file anyone uploads is an organisation's document, 20 MB (lib/storage/any-file-rules.ts);
// a form carries it with a few fields. Two guards hold the bound before a body is read whole:
// - proxy.ts refuses a request whose Content-Length declares more, before any of it is read (413, with
//   a message in the visitor's language);
// - a body sent without a Content-Length (chunked) is counted while it streams in and cut at the same
//   size by Next.js (next.config.ts serverActions.bodySizeLimit).
// Each upload's own limit (a logo 4 MB, a priority document 5 MB, any document 20 MB) is then checked on
// the file's size before its bytes are read into the action (the schemas' refine before arrayBuffer()).

/** Largest request body, in bytes. */
export const MAX_BODY_BYTES = 21 * 1024 * 1024;

// True when the request declares a body larger than the limit (a missing or malformed length: false —
// the streaming cap applies then).
export function declaredBodyTooLarge(contentLength: string | null, limit = MAX_BODY_BYTES): boolean {
  if (!contentLength || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength.trim()) > limit;
}
