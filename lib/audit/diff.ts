import { maskIin } from "@/lib/iin/iin";
import { maskPhone } from "@/lib/profile/people-rules";

// What an audit record changed, as lines a person reads: one per field whose value differs between
// `before` and `after` (a field only in one of them shows "—" on the other side), in the order the
// record has them. Personal data is masked on the way out, so the history view never shows it whole:
// - by field name: IINs (first 4 and last 2 digits), phones (+7 701 *** ** 01), e-mails (first letter
//   and domain), names (initial and a dot), birth dates (year only), addresses and free-text comments
//   (hidden), secrets (codes, hashes, tokens, passwords: hidden);
// - by content, in any other string: a 12-digit number (an IIN) and a Kazakh mobile number.
// Nested values (objects, lists) are shown as compact JSON, masked the same way, cut at MAX_TEXT.

export type DiffLine = { field: string; before: string; after: string };

export const MAX_TEXT = 160;
const NONE = "—";
const HIDDEN = "***";

type Rule = (value: string) => string;
const initial: Rule = (v) => (v.trim() ? `${v.trim().charAt(0)}.` : "");
const email: Rule = (v) => {
  const at = v.indexOf("@");
  return at > 0 ? `${v.charAt(0)}***${v.slice(at)}` : HIDDEN;
};
const yearOnly: Rule = (v) => (/^\d{4}/.test(v) ? `${v.slice(0, 4)}-**-**` : HIDDEN);
const hidden: Rule = () => HIDDEN;

// Field names (case-insensitive, exact or by the pattern) and how their values are masked.
const BY_FIELD: [RegExp, Rule][] = [
  [/iin$/i, (v) => maskIin(v)],
  [/phone$/i, (v) => maskPhone(v) ?? ""],
  [/email$/i, email],
  [/^(last|first|middle)name$|^name$|^holder$|^fullname$/i, initial],
  [/^birth(date|day)$/i, yearOnly],
  [/address$/i, hidden],
  [/comment$|^answer$|^text$|^body$/i, hidden],
  [/(code|hash|token|secret|password)(hash)?$/i, hidden],
];

// Masks IINs and mobile numbers inside free strings (a reason typed by a person, a JSON value).
export function maskText(s: string): string {
  return s
    .replace(/(?<!\d)\d{12}(?!\d)/g, (m) => maskIin(m))
    .replace(
      /(?<![\d*])(\+7|8)[\s(-]*7\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g,
      (m) => maskPhone(m) ?? HIDDEN,
    );
}

const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

// One value as shown: masked by its field's rule, else by content; null and undefined as "—".
export function shownValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  const rule = BY_FIELD.find(([re]) => re.test(field))?.[1];
  if (typeof value === "object") return cut(maskText(JSON.stringify(maskDeep(value))));
  const text = String(value);
  return cut(rule ? rule(text) : maskText(text));
}

// A nested value with each field masked by its own name's rule.
function maskDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        v !== null && typeof v === "object"
          ? maskDeep(v)
          : BY_FIELD.some(([re]) => re.test(k)) && v !== null && v !== undefined && v !== ""
            ? shownValue(k, v)
            : v,
      ]),
    );
  return value;
}

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : v == null
      ? {}
      : { value: v };

// The changed fields of a record, masked.
export function diffOf(before: unknown, after: unknown): DiffLine[] {
  const b = record(before);
  const a = record(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: f, before: shownValue(f, b[f]), after: shownValue(f, a[f]) }));
}
