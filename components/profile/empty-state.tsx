import type { ReactNode } from "react";

// What a block says when it has nothing to show yet: a short, quiet sentence instead of a blank space.
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500"
      data-testid={testId}
    >
      {children}
    </p>
  );
}
