// Simple line icons for the home page's services (no emoji: many machines lack an emoji font).
const PATHS: Record<string, string> = {
  queue: "M9 5h10M9 12h10M9 19h10M4 5h.01M4 12h.01M4 19h.01",
  timesheet: "M4 7h16M4 7v13h16V7M4 7V4h16v3M8 3v4M16 3v4M8 12l2 2 4-4",
  places: "M3 21h18M5 21V9l7-5 7 5v12M9 21v-6h6v6",
  protocol: "M7 3h8l4 4v14H7zM15 3v4h4M10 12h6M10 16h6",
};

export function ServiceIcon({ name }: { name: keyof typeof PATHS | string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      className="h-7 w-7 shrink-0 text-brand-600"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name] ?? PATHS.queue} />
    </svg>
  );
}
