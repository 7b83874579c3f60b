"use client";
import { useEffect } from "react";

// Registers the service worker (public/sw.js) from the day view only, then hands it this page and the
// files it loaded (scripts, styles, fonts) to keep, so the day view opens from the home screen without a
// connection. Nothing else of the portal is kept.
export function DayServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => {
        if (cancelled) return;
        const files = performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((u) => u.startsWith(`${location.origin}/_next/static/`));
        reg.active?.postMessage({ type: "keep-day-view", page: location.href, files });
      })
      .catch(() => undefined); // without a service worker the day view still works online
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
