// The canonical XML form of a month's timesheet snapshot — what a parent signs with the EDS key to
// confirm it. Built from the canonical JSON (keys sorted), so the same snapshot always gives the same
// text; it ends with the snapshot's SHA-256, the hash the confirmation stores.
import { canonicalJson, makeSnapshot, snapshotHash, type TimesheetSnapshot } from "@/lib/timesheet/snapshot";
import { XML_DECLARATION, el, escapeXml } from "./xml-text";

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Element name of an array's items: "days" → "day", otherwise "item".
function itemName(key: string): string {
  return key.length > 1 && key.endsWith("s") ? key.slice(0, -1) : "item";
}

function toXml(key: string, value: unknown): string {
  if (!NAME.test(key)) throw new RangeError(`snapshotToXml: ${JSON.stringify(key)} is not an XML name`);
  if (value === null) return `<${key} nil="true"></${key}>`;
  if (Array.isArray(value)) return `<${key}>${value.map((v) => toXml(itemName(key), v)).join("")}</${key}>`;
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    return `<${key}>${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => toXml(k, obj[k]))
      .join("")}</${key}>`;
  }
  return `<${key}>${escapeXml(String(value))}</${key}>`;
}

// The XML a parent signs to confirm this snapshot (the same days in date order, whatever order they came in).
export function snapshotToXml(snapshot: TimesheetSnapshot): string {
  const canonical = JSON.parse(canonicalJson(makeSnapshot(snapshot))) as Record<string, unknown>;
  const body = Object.keys(canonical)
    .sort()
    .map((k) => toXml(k, canonical[k]))
    .join("");
  return `${XML_DECLARATION}<timesheetConfirmation version="1"><snapshot>${body}</snapshot>${el("snapshotSha256", snapshotHash(snapshot))}</timesheetConfirmation>`;
}
