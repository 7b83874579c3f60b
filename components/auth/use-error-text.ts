"use client";
import { useTranslations } from "next-intl";

// Translates an error/validation key from the server ("errors.x", "validation.y"): the text the server
// sent with it (`texts`, in the page's language) first, else the client's messages; an unknown key
// reads as the generic error.
export function useErrorText(texts?: Record<string, string>) {
  const t = useTranslations();
  return (
    key: string | undefined,
    values?: Record<string, string | number>,
    answerTexts?: Record<string, string>,
  ) => {
    if (!key) return undefined;
    const sent = answerTexts?.[key] ?? texts?.[key];
    if (sent) return sent;
    // Keys come from the server as strings; unknown ones fall back to a generic message.
    const k = key as Parameters<typeof t>[0];
    return t.has(k) ? t(k, values as never) : t("errors.internal");
  };
}
