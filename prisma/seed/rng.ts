// Deterministic randomness for the demo data: the same seed always yields the same data.
// Never use Math.random in the seed folder.

// mulberry32: a tiny 32-bit PRNG, good enough for demo data.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// FNV-1a hash of a string, to derive independent streams from names ("attendance", "queue" …).
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// A random stream with the helpers the seed needs.
export class Rng {
  private readonly next: () => number;
  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === "string" ? hashString(seed) : seed);
  }
  // Uniform in [0, 1).
  float(): number {
    return this.next();
  }
  // Integer in [min, max] inclusive.
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  // True with probability p.
  chance(p: number): boolean {
    return this.next() < p;
  }
  // One element of a non-empty array.
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Rng.pick: empty array");
    return items[Math.floor(this.next() * items.length)] as T;
  }
  // One element chosen by weight: [[value, weight], …].
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }
  // A shuffled copy.
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
  // n distinct elements (n ≤ length).
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
  // A derived independent stream.
  fork(label: string): Rng {
    return new Rng(hashString(label) ^ Math.floor(this.next() * 0xffffffff));
  }
}

// Deterministic cuid-like ids ("c" + 24 base-36 characters) so rows can be linked before insert.
export class IdFactory {
  private readonly rng: Rng;
  private readonly seen = new Set<string>();
  constructor(seed: string) {
    this.rng = new Rng(seed);
  }
  next(): string {
    for (;;) {
      let s = "c";
      for (let i = 0; i < 24; i++)
        s += "0123456789abcdefghijklmnopqrstuvwxyz"[Math.floor(this.rng.float() * 36)];
      if (!this.seen.has(s)) {
        this.seen.add(s);
        return s;
      }
    }
  }
}
