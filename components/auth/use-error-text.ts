"use client";
import { useTranslations } from "next-intl";

// Translates an error/validation key from the server ("errors.x", "validation.y"); unknown keys get a generic text.
export function useErrorText() {
  const t = useTranslations();
  return (key: string | undefined, values?: Record<string, string | number>) => {
    if (!key) return undefined;
    // Keys come from the server as strings; unknown ones fall back to a generic message.
    const k = key as Parameters<typeof t>[0];
    return t.has(k) ? t(k, values as never) : t("errors.internal");
  };
}
