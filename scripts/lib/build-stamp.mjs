// Decides whether `next build` must run: a stamp of every source file's path, size and mtime.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "global.d.ts",
];

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  } else {
    out.push(`${p}:${st.size}:${st.mtimeMs}`);
  }
}

// A hash that changes whenever a source file that affects the build changes.
export function sourceStamp(root) {
  const entries = [];
  for (const s of SOURCES) walk(path.join(root, s), entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

const stampFile = (root) => path.join(root, ".next", "balabaqsha-build-stamp");

// True when .next holds a production build of the current sources.
export function buildIsCurrent(root) {
  try {
    return (
      fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
      fs.readFileSync(stampFile(root), "utf8") === sourceStamp(root)
    );
  } catch {
    return false;
  }
}

// Records that the current sources were built.
export function markBuilt(root) {
  fs.writeFileSync(stampFile(root), sourceStamp(root));
}
