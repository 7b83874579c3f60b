import { formatBody } from "@/lib/announcement/body";

// An announcement's text: paragraphs, line breaks and http(s) links; every character else as typed (React
// escapes it), so no markup the author wrote is ever interpreted.
export function BodyText({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-800" data-testid={testId}>
      {formatBody(text).map((paragraph, i) => (
        <p key={i} className="break-words">
          {paragraph.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line.map((s, k) =>
                s.href ? (
                  <a
                    key={k}
                    href={s.href}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="text-brand-700 underline hover:text-brand-800"
                  >
                    {s.text}
                  </a>
                ) : (
                  <span key={k}>{s.text}</span>
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
