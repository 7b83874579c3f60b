// Kazakhstan IIN (individual identification number, 12 digits) — rules from SPEC §5.
// The checksum is the rule; birth date and sex read from the number are only hints.

// Result of validateIin: the normalised IIN with hints, or the reason it is rejected.
export type IinResult =
  | { ok: true; iin: string; birthDate: Date | null; sex: "male" | "female" | null }
  | { ok: false; error: "format" | "checksum" | "unusable" };

const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11;
}

// Control digit (0–9) for the first 11 digits, or null if the number is unusable (both passes give 10).
export function computeIinControlDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11))
    throw new RangeError(`computeIinControlDigit: expected 11 digits, got ${JSON.stringify(first11)}`);
  const first = weightedMod11(first11, FIRST_PASS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_PASS);
  return second === 10 ? null : second;
}

// Birth date (UTC midnight) and sex hinted by digits 1–7; null where not plausible.
function readHints(iin: string): { birthDate: Date | null; sex: "male" | "female" | null } {
  const c = Number(iin[6]);
  if (c < 1 || c > 6) return { birthDate: null, sex: null };
  const sex = c % 2 === 1 ? "male" : "female";
  const year = 1800 + 100 * Math.floor((c - 1) / 2) + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const d = new Date(Date.UTC(year, month - 1, day));
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return { birthDate: real ? d : null, sex };
}

// Validates an IIN (spaces are ignored) and reads the birth-date/sex hints.
export function validateIin(input: string): IinResult {
  const iin = input.replace(/\s+/g, "");
  if (!/^\d{12}$/.test(iin)) return { ok: false, error: "format" };
  const control = computeIinControlDigit(iin.slice(0, 11));
  if (control === null) return { ok: false, error: "unusable" };
  if (control !== Number(iin[11])) return { ok: false, error: "checksum" };
  return { ok: true, iin, ...readHints(iin) };
}

// True if validateIin accepts the string.
export function isValidIin(s: string): boolean {
  return validateIin(s).ok;
}

// Generates a valid IIN for demo data and tests from a birth date (its UTC calendar date),
// sex and a serial 0–9999; if that serial gives an unusable number, the next serial is used.
export function makeIin(birth: Date, sex: "male" | "female", serial: number): string {
  const year = birth.getUTCFullYear();
  if (Number.isNaN(year) || year < 1800 || year > 2099)
    throw new RangeError(`makeIin: birth year out of range: ${year}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999)
    throw new RangeError(`makeIin: serial must be 0–9999, got ${serial}`);
  const century = 2 * Math.floor((year - 1800) / 100) + (sex === "male" ? 1 : 2);
  const two = (n: number) => String(n).padStart(2, "0");
  const head = `${two(year % 100)}${two(birth.getUTCMonth() + 1)}${two(birth.getUTCDate())}${century}`;
  for (let i = 0; i < 10000; i++) {
    const first11 = head + String((serial + i) % 10000).padStart(4, "0");
    const control = computeIinControlDigit(first11);
    if (control !== null) return first11 + control;
  }
  throw new Error("makeIin: no usable serial"); // unreachable: the serial digits alone vary the sum
}

// Masks an IIN for display: first 4 and last 2 digits visible, e.g. 2103******31.
export function maskIin(iin: string): string {
  const s = iin.replace(/\s+/g, "");
  if (s.length <= 6) return "*".repeat(s.length);
  return s.slice(0, 4) + "*".repeat(s.length - 6) + s.slice(-2);
}
