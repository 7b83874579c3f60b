import { defineRouting } from "next-intl/routing";

// The three languages of the portal; the locale is always the first URL segment.
export const routing = defineRouting({
  locales: ["kk", "ru", "en"],
  defaultLocale: "kk",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];

// True when a string is one of the supported locales.
export function isLocale(value: string | undefined): value is Locale {
  return !!value && (routing.locales as readonly string[]).includes(value);
}
