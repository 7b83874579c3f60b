"use client";
import { useState, type MouseEvent } from "react";

// A download link (it works without JavaScript) that, with JavaScript, fetches the file itself so the
// button can say "preparing…" until the whole file has arrived, then hands it to the browser.
export function ExportButton({
  href,
  label,
  pendingLabel,
  failedLabel,
  fallbackName,
  testId,
}: {
  href: string;
  label: string;
  pendingLabel: string;
  failedLabel: string;
  fallbackName: string;
  testId: string;
}) {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  async function download(e: MouseEvent<HTMLAnchorElement>) {
    e.preventDefault();
    if (state === "pending") return;
    setState("pending");
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) throw new Error(String(res.status));
      const blob = await res.blob();
      const disposition = res.headers.get("Content-Disposition") ?? "";
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setState("idle");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <a
        href={href}
        onClick={download}
        aria-busy={state === "pending"}
        aria-disabled={state === "pending"}
        data-testid={testId}
        data-state={state}
        className="inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 aria-busy:cursor-wait aria-busy:opacity-70"
      >
        {state === "pending" ? (
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent"
          />
        ) : null}
        {state === "pending" ? pendingLabel : label}
      </a>
      {state === "failed" ? (
        <span role="alert" className="text-sm text-red-700">
          {failedLabel}
        </span>
      ) : null}
    </span>
  );
}
