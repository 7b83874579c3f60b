// The protocol's filters from the address (pure): a day range (default: the last week published up
// to `latest`), district, kindergarten. Bad values fall back to the default; a range is at most a year.
import { addDays, daysBetween, isYmd } from "@/lib/calendar/zone";

export type ProtocolSearch = { from?: string; to?: string; district?: string; kg?: string };
export type ParsedProtocolFilter = {
  from: string;
  to: string;
  district: string | null;
  organizationId: string | null;
};

export const DEFAULT_RANGE_DAYS = 7;
export const MAX_RANGE_DAYS = 366;

// The filter for a request; `latest` is the last published day (or today before any publication).
export function parseProtocolFilter(
  q: ProtocolSearch,
  latest: string,
  chosenDistrict: string | null,
): ParsedProtocolFilter {
  let to = q.to && isYmd(q.to) ? q.to : latest;
  let from = q.from && isYmd(q.from) ? q.from : addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) from = addDays(to, -(MAX_RANGE_DAYS - 1));
  const district =
    q.district !== undefined ? (/^[a-z0-9-]{1,40}$/.test(q.district) ? q.district : null) : chosenDistrict;
  return { from, to, district, organizationId: q.kg && /^[A-Za-z0-9_-]{1,40}$/.test(q.kg) ? q.kg : null };
}

// The same filter as address parameters (for the download links).
export function protocolQuery(f: ParsedProtocolFilter): string {
  const p = new URLSearchParams({ from: f.from, to: f.to, district: f.district ?? "" });
  if (f.organizationId) p.set("kg", f.organizationId);
  return p.toString();
}
