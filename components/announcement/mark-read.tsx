"use client";
import { useEffect, useRef, useState } from "react";
import { markAnnouncementReadAction } from "@/lib/announcement/actions";

// Marks the announcement read when its recipient opens it (once: an announcement read before keeps its
// time). data-read turns "1" when the server has stored it.
export function MarkRead({
  id,
  readAt,
  readLabel,
  nowLabel,
}: {
  id: string;
  readAt: string | null;
  readLabel: string;
  nowLabel: string;
}) {
  const [done, setDone] = useState(!!readAt);
  const asked = useRef(false);
  useEffect(() => {
    if (readAt || asked.current) return;
    asked.current = true;
    void markAnnouncementReadAction({ id }).then((r) => {
      if (r.ok) setDone(true);
    });
  }, [id, readAt]);
  return (
    <p
      className="text-xs text-slate-500"
      data-testid="inbox-read-state"
      data-read={done ? "1" : "0"}
      aria-live="polite"
    >
      {readAt ? readLabel : done ? nowLabel : null}
    </p>
  );
}
