import { z } from "zod";
import { routing } from "@/i18n/routing";
import { routeHandler } from "@/lib/action/define-route";
import { env } from "@/lib/env";
import { headsFeed } from "@/lib/queue/protocol/feed";
import { signedHeads } from "@/lib/queue/protocol/published";
import { PORTAL_KEYS_PATH } from "@/lib/security/portal-key";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const TITLES = {
  en: en.protocol.headsFeedTitle,
  kk: kk.protocol.headsFeedTitle,
  ru: ru.protocol.headsFeedTitle,
};

// The Atom feed of the protocol's daily heads, each signed with the portal's key (public; docs/VERIFY.md).
export const GET = routeHandler({
  name: "protocol.heads",
  permission: "protocol.read",
  schema: z.object({ locale: z.enum(routing.locales) }),
  run: async ({ input, request }) => {
    const base = (env().NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
    const xml = headsFeed({
      base,
      locale: input.locale,
      title: TITLES[input.locale],
      keysPath: PORTAL_KEYS_PATH,
      heads: await signedHeads(),
    });
    return new Response(xml, {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Cache-Control": "public, max-age=300",
      },
    });
  },
});
