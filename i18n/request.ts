import { getRequestConfig } from "next-intl/server";
import { routing, isLocale } from "./routing";

// Loads the messages of the request's locale (falls back to the default locale).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: "Asia/Almaty",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
