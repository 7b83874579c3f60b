import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";

type Item = {
  id: string;
  question: string;
  answer: string | null;
  authorName: string | null;
  createdAt: Date;
};

// The public questions and answers: answered and published questions, newest first.
export async function QaList({
  items,
  locale,
  timeZone,
}: {
  items: Item[];
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("feedback.questions");
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-500" data-testid="feedback-qa-empty">
        {t("empty")}
      </p>
    );
  return (
    <ul className="divide-y divide-slate-100" data-testid="feedback-qa-list">
      {items.map((q) => (
        <li key={q.id} className="py-3" data-testid="feedback-qa-item" data-id={q.id}>
          <p className="whitespace-pre-line font-medium text-slate-900">{q.question}</p>
          <p className="mt-0.5 text-xs text-slate-500">
            {t("askedBy", { name: q.authorName || "—", date: formatDateTime(q.createdAt, locale, timeZone) })}
          </p>
          <div className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("answer")}</p>
            <p className="whitespace-pre-line text-slate-800" data-testid="feedback-qa-answer">
              {q.answer}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
