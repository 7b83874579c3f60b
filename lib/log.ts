// A small structured logger: one JSON line per event on stdout (errors on stderr), with a level, an
// event name and fields. App code logs through it, never through console.* (ESLint's no-console).
// Personal data never goes into a line: fields whose names suggest it are replaced by "[redacted]",
// and errors are reduced to their name, message and stack.
type Level = "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const PERSONAL = /iin|phone|password|code|name|email|token|secret|cookie|address|birth/i;

function safe(fields: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Error) out[k] = { name: v.name, message: v.message, stack: v.stack };
    else if (PERSONAL.test(k)) out[k] = "[redacted]";
    else out[k] = v;
  }
  return out;
}

function write(level: Level, event: string, fields: Fields = {}): void {
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...safe(fields) });
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
