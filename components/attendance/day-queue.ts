"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { markAttendanceAction } from "@/lib/attendance/actions";
import {
  newKey,
  nextSeq,
  outcomeOf,
  ownMarks,
  sendOrder,
  type QueuedMark,
  type SendAnswer,
} from "@/lib/attendance/offline-queue";
import { deleteMark, listMarks, putMark } from "@/lib/attendance/offline-store";

export type NewMark = Omit<QueuedMark, "key" | "personId" | "seq" | "madeAt" | "state" | "refusal">;
export type Applied = {
  childId: string;
  date: string;
  status: "PRESENT" | "ABSENT";
  reason: string | null;
  corrected: boolean;
};

const RETRY_MS = 15_000;

// The day view's queue of marks (lib/attendance/offline-queue.ts): every mark is kept in IndexedDB first,
// then sent in order; it leaves the queue when the server has applied it, stays with the server's reason
// when refused, and waits — resent on reconnection or every few seconds — when there was no answer.
export function useMarkQueue(
  personId: string,
  onApplied: (a: Applied) => void,
  refusalText: (answer: SendAnswer) => string,
) {
  const [queue, setQueue] = useState<QueuedMark[]>([]);
  const [online, setOnline] = useState(true);
  // The session has ended: the marks wait until the educator signs in again.
  const [signedOut, setSignedOut] = useState(false);
  const current = useRef<QueuedMark[]>([]);
  const sending = useRef(false);
  const again = useRef(false);
  const callbacks = useRef({ onApplied, refusalText });
  useEffect(() => {
    callbacks.current = { onApplied, refusalText };
  });

  const publish = (next: QueuedMark[]) => {
    current.current = next;
    setQueue(next);
  };

  const flush = useCallback(async () => {
    if (sending.current) {
      again.current = true;
      return;
    }
    sending.current = true;
    try {
      do {
        again.current = false;
        for (const m of sendOrder(current.current)) {
          if (!navigator.onLine) return setOnline(false);
          let answer: SendAnswer;
          try {
            answer = (await markAttendanceAction({
              groupId: m.groupId,
              childId: m.childId,
              date: m.date,
              status: m.status,
              reason: m.reason,
              correctionReason: m.correctionReason || undefined,
              key: m.key,
              madeAt: m.madeAt,
            })) as SendAnswer;
          } catch {
            answer = "network";
          }
          const outcome = outcomeOf(answer);
          setSignedOut(answer !== "network" && !answer.ok && answer.message === "errors.unauthenticated");
          if (outcome === "retry") return setOnline(answer !== "network" && navigator.onLine);
          setOnline(true);
          if (outcome === "applied" && answer !== "network" && answer.ok) {
            await deleteMark(m.key);
            publish(current.current.filter((x) => x.key !== m.key));
            callbacks.current.onApplied({
              ...m,
              reason: answer.reason,
              status: answer.status,
              corrected: answer.corrected,
            });
          } else {
            const refused: QueuedMark = {
              ...m,
              state: "refused",
              refusal: callbacks.current.refusalText(answer),
            };
            await putMark(refused);
            publish(current.current.map((x) => (x.key === m.key ? refused : x)));
          }
        }
      } while (again.current);
    } finally {
      sending.current = false;
    }
  }, []);

  useEffect(() => {
    let live = true;
    void listMarks().then((stored) => {
      if (!live) return;
      setOnline(navigator.onLine);
      publish(ownMarks(stored, personId));
      void flush();
    });
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const timer = window.setInterval(() => {
      if (sendOrder(current.current).length > 0) void flush();
    }, RETRY_MS);
    return () => {
      live = false;
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      window.clearInterval(timer);
    };
  }, [flush, personId]);

  // Keeps the marks on the device (in the order made), then tries to send them.
  const add = useCallback(
    async (marks: NewMark[]) => {
      const base = nextSeq(current.current);
      const madeAt = new Date().toISOString();
      const items = marks.map((m, i): QueuedMark => ({
        ...m,
        key: newKey(),
        personId,
        seq: base + i,
        madeAt,
        state: "waiting",
      }));
      publish([...current.current, ...items]);
      for (const it of items) await putMark(it);
      void flush();
    },
    [flush, personId],
  );

  const dismiss = useCallback(async (key: string) => {
    await deleteMark(key);
    publish(current.current.filter((x) => x.key !== key));
  }, []);

  return { queue, online, signedOut, add, dismiss };
}
