// The production server's heap limit. Left to itself V8 lets the heap grow toward its own default (a
// quarter of the machine's memory, up to 4 GB) while requests keep coming, and gives little back: the
// benchmark's server reached 2.9 GB resident at 16 concurrent renders on a 24 GB machine, of which a few
// hundred megabytes were live. With a limit the collector works within it. BALABAQSHA_HEAP_MB (default
// 768) sets it; NODE_OPTIONS given by the operator are kept.
export const DEFAULT_HEAP_MB = 768;

export function serverNodeOptions(env = process.env) {
  const raw = env.BALABAQSHA_HEAP_MB ?? String(DEFAULT_HEAP_MB);
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 256 || mb > 65536)
    throw new Error(`BALABAQSHA_HEAP_MB must be a whole number of megabytes from 256 to 65536, got "${raw}"`);
  return [env.NODE_OPTIONS, `--max-old-space-size=${mb}`].filter(Boolean).join(" ");
}
