"use client";
import { useSearchParams } from "next/navigation";

// Where to go after signing in: /welcome, carrying the page the visitor came for (?next=), which
// /welcome honours only inside the signed-in person's own area.
export function useWelcomePath(): string {
  const next = useSearchParams().get("next");
  return next ? `/welcome?next=${encodeURIComponent(next)}` : "/welcome";
}
