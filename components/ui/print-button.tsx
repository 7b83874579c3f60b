"use client";

// Prints the page (navigation and forms are hidden by the print styles).
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="print"
      className="no-print rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
