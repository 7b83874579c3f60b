import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action, type Resource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { currentRequestIp } from "@/lib/audit/current-ip";
import { withAuditIp } from "@/lib/audit/request-ip";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { log } from "@/lib/log";
import type { MessageKey } from "./message-key";
import { nulCharacterError } from "./raw-input";
import { Refusal, refusedOf } from "./refusal";
import { register, type AccessCheck } from "./registry";
import { withTexts } from "./state-texts";

// The one way to write a server action (in the spirit of dub's authActionClient and eVaka's
// requirePermissionFor). An action is declared once with its name, its permission (a POLICY entry),
// its zod schema, how it finds the resource it acts on, its body and what it revalidates; the builder
// then does, in this order: session → parse → load the resource → authorize → run (with the request's
// "now") → revalidate. Bad input becomes field errors; a Refusal its translated message; an AppError
// `errors.<code>`; anything else is logged and answered with a generic translated message.

/** The entries anyone may do without signing in; their actions get `actor: Actor | null`. */
type PublicAction =
  | "district.choose"
  | "signin.request_code"
  | "signin.eds_challenge"
  | "session.sign_in"
  | "protocol.read"
  | "appeal.send"
  | "question.ask";
type ActorFor<P extends Action> = P extends PublicAction ? Actor | null : Actor;

export type ActionContext<P extends Action, I, R> = { actor: ActorFor<P>; input: I; resource: R; now: Date };

/** A path to revalidate after success, as Next's revalidatePath takes it. */
export type Revalidation = [path: string, type?: "page" | "layout"];

type Common<P extends Action, S extends z.ZodType, R extends Resource> = {
  /** Unique name of the action (the authorization matrix lists it). */
  name: string;
  permission: P;
  schema: S;
  /** Finds the resource the action acts on, scoped by the actor (throw not_found when it isn't there). */
  resource?: (input: z.output<S>, actor: ActorFor<P>) => Promise<R> | R;
  /** What a refused authorization answers: "forbidden" (default), or "not_found" where existence is private. */
  refusedAs?: "forbidden" | "not_found";
  revalidate?: Revalidation[];
};

/** What a form action's body returns on success. */
export type Done<E = object> = {
  message?: MessageKey;
  messageValues?: Record<string, string | number>;
  values?: Record<string, string>;
  /** A local path (without the locale) to go to after success. */
  redirect?: string;
  /** More fields for the form's state (e.g. credentials shown once). */
  extra?: E;
};

const textFields = (formData: FormData): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of formData) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
};

// Session → parse → resource → authorize, shared by both flavours and by the matrix's check.
async function admit<P extends Action, S extends z.ZodType, R extends Resource>(
  def: Common<P, S, R>,
  actor: Actor | null,
  raw: unknown,
): Promise<
  { ok: true; input: z.output<S>; resource: R } | { ok: false; check: AccessCheck; error?: z.ZodError }
> {
  if (!actor && !can(null, def.permission)) return { ok: false, check: "unauthenticated" };
  const nul = nulCharacterError(raw); // Postgres cannot store U+0000: refused as invalid input
  if (nul) return { ok: false, check: "invalid_input", error: nul };
  const parsed = await def.schema.safeParseAsync(raw);
  if (!parsed.success) return { ok: false, check: "invalid_input", error: parsed.error };
  const resource = def.resource ? await def.resource(parsed.data, actor as ActorFor<P>) : ({} as R);
  if (!can(actor, def.permission, resource)) return { ok: false, check: def.refusedAs ?? "forbidden" };
  return { ok: true, input: parsed.data, resource };
}

async function checkOf<P extends Action, S extends z.ZodType, R extends Resource>(
  def: Common<P, S, R>,
  actor: Actor | null,
  raw: unknown,
): Promise<AccessCheck> {
  try {
    const admitted = await admit(def, actor, raw);
    return admitted.ok ? "allowed" : admitted.check;
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") return "not_found";
    if (e instanceof AppError && (e.code === "forbidden" || e.code === "unauthenticated")) return e.code;
    throw e;
  }
}

// An error thrown by a body, as a message: a refusal, a coded error, or a logged server error.
function failureOf(
  name: string,
  e: unknown,
): { message: string; messageValues?: Record<string, string | number>; refused?: Refusal } {
  unstable_rethrow(e); // Next's own redirect / not-found signals pass through
  if (e instanceof Refusal) return { message: e.key, messageValues: e.values, refused: e };
  if (e instanceof AppError) return { message: `errors.${e.code}`, messageValues: e.details };
  log.error("action.failed", { action: name, error: e });
  return { message: "errors.internal" };
}

function revalidateAll(list?: Revalidation[]) {
  for (const [path, type] of list ?? []) revalidatePath(path, type);
}

// A form action: `(previousState, formData) => FormState`, for useActionState and <form action>.
export function formAction<P extends Action, S extends z.ZodType, R extends Resource = Resource, E = object>(
  def: Common<P, S, R> & {
    /** The raw input from the form (default: its text fields). */
    input?: (formData: FormData) => unknown;
    /** Bad input as one form message (hidden ids, a tampered form) instead of errors per field. */
    invalidAs?: "fields" | MessageKey;
    /** false: never send the submitted values back (passwords). */
    keepValues?: boolean;
    run: (ctx: ActionContext<P, z.output<S>, R>) => Promise<Done<E> | void>;
  },
): (prev: FormState & Partial<E>, formData: FormData) => Promise<FormState & Partial<E>> {
  const rawOf = (formData: FormData) => (def.input ? def.input(formData) : textFields(formData));
  type State = FormState & Partial<E>;
  async function action(_prev: State, formData: FormData): Promise<State> {
    const fail = async (state: FormState) => (await withTexts(state)) as State;
    const values = def.keepValues === false ? undefined : submittedValues(formData);
    let done: Done<E> | void;
    try {
      const actor = await getActor();
      const admitted = await admit(def, actor, rawOf(formData));
      if (!admitted.ok) {
        if (admitted.check !== "invalid_input")
          return fail({ ok: false, message: `errors.${admitted.check}` });
        if (def.invalidAs && def.invalidAs !== "fields")
          return fail({ ok: false, message: def.invalidAs, values });
        return fail({ ok: false, fieldErrors: fieldErrorsOf(admitted.error!), values });
      }
      const ctx = {
        actor: actor as ActorFor<P>,
        input: admitted.input,
        resource: admitted.resource,
        now: await requestNow(),
      };
      // The body's audit records carry the client's address (lib/audit/request-ip.ts).
      done = await withAuditIp(await currentRequestIp(), () => def.run(ctx));
    } catch (e) {
      const failure = failureOf(def.name, e);
      if (failure.refused) {
        revalidateAll(def.revalidate); // a refusal may come from fresh data (a place just taken): show it
        return fail({ ...refusedOf(failure.refused), values });
      }
      return fail({ ok: false, message: failure.message, messageValues: failure.messageValues, values });
    }
    revalidateAll(def.revalidate);
    if (done?.redirect) return redirect({ href: done.redirect, locale: await getLocale() });
    return (await withTexts({
      ok: true,
      message: done?.message,
      messageValues: done?.messageValues,
      values: done?.values,
      ...(done?.extra ?? {}),
    })) as State;
  }
  register(
    {
      name: def.name,
      kind: "form",
      permission: def.permission,
      schema: def.schema,
      check: (a, raw) => checkOf(def, a, raw),
    },
    action,
  );
  return action;
}

/** What a JSON action answers: its result, or a translation key (with its text in the request's language). */
export type JsonResult<T> =
  | ({ ok: true } & T)
  | {
      ok: false;
      message: string;
      messageValues?: Record<string, string | number>;
      texts?: Record<string, string>;
    };

// A JSON action: `(input) => JsonResult`, for client components that call it directly (the attendance
// grid, the EDS steps).
export function jsonAction<
  P extends Action,
  S extends z.ZodType,
  R extends Resource = Resource,
  T extends object = object,
>(
  def: Common<P, S, R> & { run: (ctx: ActionContext<P, z.output<S>, R>) => Promise<T> },
): (input?: unknown) => Promise<JsonResult<T>> {
  async function action(input?: unknown): Promise<JsonResult<T>> {
    let result: T;
    try {
      const actor = await getActor();
      const admitted = await admit(def, actor, input ?? {});
      if (!admitted.ok) return withTexts({ ok: false as const, message: `errors.${admitted.check}` });
      const ctx = {
        actor: actor as ActorFor<P>,
        input: admitted.input,
        resource: admitted.resource,
        now: await requestNow(),
      };
      result = await withAuditIp(await currentRequestIp(), () => def.run(ctx));
    } catch (e) {
      const failure = failureOf(def.name, e);
      return withTexts({
        ok: false as const,
        message: failure.message,
        messageValues: failure.messageValues,
      });
    }
    revalidateAll(def.revalidate);
    return { ok: true, ...result };
  }
  register(
    {
      name: def.name,
      kind: "json",
      permission: def.permission,
      schema: def.schema,
      check: (a, raw) => checkOf(def, a, raw),
    },
    action,
  );
  return action;
}
