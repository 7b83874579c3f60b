// The parts of a message catalogue named by namespaces or dotted paths ("nav", "errors.internal"),
// with their nesting kept — what a client component needs of the catalogue, and nothing else. Pure.
export type Messages = { [key: string]: string | Messages };

export function pickMessages(all: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let src: string | Messages | undefined = all;
    for (const k of keys) src = typeof src === "object" ? src[k] : undefined;
    if (src === undefined) continue;
    let dst = out;
    for (const k of keys.slice(0, -1)) dst = (dst[k] = typeof dst[k] === "object" ? dst[k] : {}) as Messages;
    dst[keys[keys.length - 1]!] = src;
  }
  return out;
}
