import "server-only";
import { getLocale } from "next-intl/server";
import { createTranslator } from "use-intl/core";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const CATALOGUES: Record<Locale, typeof en> = { en, kk: kk as typeof en, ru: ru as typeof en };

/** The keys of an action's answer: its message (with values) and its field errors. */
type Keyed = {
  message?: string;
  messageValues?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
};

// The request's language (outside a request — a job, a test — the default one).
async function requestLocale(): Promise<Locale> {
  try {
    const l = await getLocale();
    return isLocale(l) ? l : routing.defaultLocale;
  } catch {
    return routing.defaultLocale;
  }
}

// The answer's keys translated on the server, in the request's language, keyed by the key itself: the
// browser shows these instead of holding the whole message catalogue (issue "Performance": a page sends
// its client components only the namespaces they use). An unknown key reads as the generic error.
export async function stateTexts(state: Keyed): Promise<Record<string, string>> {
  const keys = [state.message, ...Object.values(state.fieldErrors ?? {})].filter((k): k is string => !!k);
  if (keys.length === 0) return {};
  const locale = await requestLocale();
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  const out: Record<string, string> = {};
  for (const key of new Set(keys)) {
    const k = key as Parameters<typeof t>[0];
    const values = key === state.message ? state.messageValues : undefined;
    out[key] = t.has(k) ? t(k, values as never) : t("errors.internal");
  }
  return out;
}

// The answer with its texts.
export async function withTexts<T extends Keyed>(state: T): Promise<T & { texts: Record<string, string> }> {
  return { ...state, texts: await stateTexts(state) };
}

// A message in a given language (a route handler's answer in the visitor's language), e.g. "errors.not_found".
export function textIn(
  locale: string | undefined,
  key: string,
  values?: Record<string, string | number>,
): string {
  const l: Locale = isLocale(locale) ? locale : routing.defaultLocale;
  const t = createTranslator({ locale: l, messages: CATALOGUES[l] });
  const k = key as Parameters<typeof t>[0];
  return t.has(k) ? t(k, values as never) : t("errors.internal");
}

// A plain-text answer of a route handler in the visitor's language.
export function textResponse(
  locale: string | undefined,
  key: string,
  status: number,
  values?: Record<string, string | number>,
): Response {
  return new Response(textIn(locale, key, values), {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
