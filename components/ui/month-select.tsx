import { inputClass } from "@/components/ui/field";
import { formatMonth, monthRange } from "@/lib/format";

// A month picker that speaks the page's language (the browser's <input type="month"> speaks the browser's):
// the months from `from` to `to`, newest first, as "Қараша 2026 ж."; the value stays YYYY-MM.
export function MonthSelect({
  id,
  name,
  value,
  from,
  to,
  locale,
  testId,
}: {
  id: string;
  name: string;
  value: string;
  from: string;
  to: string;
  locale: string;
  testId?: string;
}) {
  const months = monthRange(from < value ? from : value, to > value ? to : value);
  return (
    <select id={id} name={name} defaultValue={value} className={inputClass} data-testid={testId}>
      {months.map((ym) => (
        <option key={ym} value={ym}>
          {formatMonth(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), locale)}
        </option>
      ))}
    </select>
  );
}
