import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action, type Resource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { currentRequestIp } from "@/lib/audit/current-ip";
import { withAuditIp } from "@/lib/audit/request-ip";
import { log } from "@/lib/log";
import { nulCharacterError } from "./raw-input";
import { register, type AccessCheck } from "./registry";
import { textResponse } from "./state-texts";

// The route-handler flavour of the action builder: the same steps (session → parse the URL's params
// and query → load the resource → authorize → run), registered for the authorization matrix. A refused
// or missing resource answers 404 (nothing about its existence leaks), bad parameters 400; anything
// else is logged and answered 500 without details.

type RouteContext<Params> = { params: Promise<Params> };

export function routeHandler<
  Params extends Record<string, string | string[]>,
  P extends Action,
  S extends z.ZodType,
  R extends Resource = Resource,
>(def: {
  name: string;
  permission: P;
  /** Parses the route's params merged with the query string. */
  schema: S;
  resource?: (input: z.output<S>, actor: Actor | null) => Promise<R> | R;
  run: (ctx: {
    actor: Actor | null;
    input: z.output<S>;
    resource: R;
    now: Date;
    request: Request;
    context: RouteContext<Params>;
  }) => Promise<Response>;
}): (request: Request, context: RouteContext<Params>) => Promise<Response> {
  async function admit(actor: Actor | null, raw: unknown) {
    if (!actor && !can(null, def.permission))
      return { ok: false as const, check: "unauthenticated" as AccessCheck };
    if (nulCharacterError(raw)) return { ok: false as const, check: "invalid_input" as AccessCheck };
    const parsed = await def.schema.safeParseAsync(raw);
    if (!parsed.success) return { ok: false as const, check: "invalid_input" as AccessCheck };
    const resource = def.resource ? await def.resource(parsed.data, actor) : ({} as R);
    if (!can(actor, def.permission, resource))
      return { ok: false as const, check: "not_found" as AccessCheck };
    return { ok: true as const, input: parsed.data as z.output<S>, resource };
  }
  async function handler(request: Request, context: RouteContext<Params>): Promise<Response> {
    let locale: string | undefined; // the visitor's language, from the route's [locale] when it has one
    try {
      const raw = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await context.params) };
      locale = typeof raw.locale === "string" ? raw.locale : undefined;
      const actor = await getActor();
      const admitted = await admit(actor, raw);
      if (!admitted.ok) {
        return admitted.check === "invalid_input"
          ? textResponse(locale, "errors.invalid_input", 400)
          : textResponse(locale, "errors.not_found", 404);
      }
      const ctx = { actor, input: admitted.input, resource: admitted.resource, now: await requestNow() };
      return await withAuditIp(await currentRequestIp(), () => def.run({ ...ctx, request, context }));
    } catch (e) {
      if (e instanceof AppError && ["not_found", "forbidden", "unauthenticated"].includes(e.code))
        return textResponse(locale, "errors.not_found", 404);
      log.error("route.failed", { route: def.name, error: e });
      return textResponse(locale, "errors.internal", 500);
    }
  }
  const check = async (actor: Actor | null, raw: unknown): Promise<AccessCheck> => {
    try {
      const admitted = await admit(actor, raw);
      return admitted.ok ? "allowed" : admitted.check;
    } catch (e) {
      if (e instanceof AppError && e.code === "not_found") return "not_found";
      throw e;
    }
  };
  register({ name: def.name, kind: "route", permission: def.permission, schema: def.schema, check }, handler);
  return handler;
}
