"use client";
import { useTranslations } from "next-intl";
import { audienceTextOf } from "./audience-text";

// The audience words in a client component.
export function useAudienceText(kindergarten: boolean) {
  const t = useTranslations("announcements");
  return audienceTextOf(t as unknown as Parameters<typeof audienceTextOf>[0], kindergarten);
}
