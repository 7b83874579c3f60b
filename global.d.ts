import type { routing } from "@/i18n/routing";
import type messages from "./messages/en.json";

// Type-checked translations: a key missing from the messages fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
