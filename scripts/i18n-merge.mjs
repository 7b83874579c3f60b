// Merges translation keys into messages/{kk,ru,en}.json without clobbering others' keys.
// Usage: node scripts/i18n-merge.mjs path/to/keys.json
// where keys.json is { "kk": {...}, "ru": {...}, "en": {...} } with nested namespaces.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function merge(target, source) {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === "object" && !Array.isArray(v))
      target[k] = merge(target[k] && typeof target[k] === "object" ? target[k] : {}, v);
    else target[k] = v;
  }
  return target;
}

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const locale of ["kk", "ru", "en"]) {
  if (!input[locale]) throw new Error(`missing "${locale}" in ${process.argv[2]}`);
  const file = path.join(root, "messages", `${locale}.json`);
  const merged = merge(JSON.parse(fs.readFileSync(file, "utf8")), input[locale]);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(merged, null, 2) + "\n");
  fs.renameSync(tmp, file);
}
console.log("merged", process.argv[2]);
