import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/action/refusal";
import { firstFreeLogin, loginBase } from "./login";
import { assertActive, staffMembershipOf, worksElsewhere, type PeopleContext } from "./scope";
import { refuseUnlessKeeper, staffSubject } from "./subject";

/** First-login credentials as handed over once: the clear password exists only in this answer. */
export type Invitation = { login: string; password: string };

// A free login for the person: their existing one, else "surname.i" with digits on collision.
async function loginFor(
  tx: Tx,
  person: { lastName: string; firstName: string },
  existing: string | null | undefined,
): Promise<string> {
  if (existing) return existing;
  const base = loginBase(person.lastName, person.firstName);
  const taken = await tx.user.findMany({ where: { login: { startsWith: base } }, select: { login: true } });
  return firstFreeLogin(base, new Set(taken.map((u) => u.login ?? "")));
}

// Refuses issuing credentials on this membership now, saying why (a refusal). The same
// checks for the person's page, for issuing and for the invitation the wizard makes: not oneself, not an
// ended employment, not a person who also works elsewhere (not this organisation's account to reset), not a
// person with a parent's cabinet, and a manager's only by the leader or a higher authority (the policy).
export async function assertCredentialsAllowed(
  tx: Tx,
  ctx: PeopleContext,
  m: { id: string; personId: string; leftAt: Date | null; excludedAt: Date | null },
): Promise<void> {
  assertActive(m);
  if (m.personId === ctx.actor.personId) throw new Refusal("people.rule.selfCredentials");
  if (await worksElsewhere(tx, m.personId, ctx.organizationId))
    throw new Refusal("people.rule.sharedAccount");
  refuseUnlessKeeper(ctx, "staff.issue_credentials", await staffSubject(m.id, undefined, tx));
}

// Inside a transaction that checked assertCredentialsAllowed: creates the person's account or resets it (they
// keep a login they already have) with the one-time password's hash; the password must be changed at the
// first sign-in and open sessions end. Audited without the password or its hash. Returns the login.
export async function writeCredentials(
  tx: Tx,
  ctx: PeopleContext,
  person: { id: string; lastName: string; firstName: string },
  passwordHash: string,
): Promise<string> {
  const before = await tx.user.findUnique({
    where: { personId: person.id },
    select: { id: true, login: true, mustChangePassword: true, sessionVersion: true, passwordHash: true },
  });
  const login = await loginFor(tx, person, before?.login);
  const data = { login, passwordHash, mustChangePassword: true };
  const after = before
    ? await tx.user.update({ where: { id: before.id }, data: { ...data, sessionVersion: { increment: 1 } } })
    : await tx.user.create({ data: { ...data, personId: person.id } });
  const view = (u: {
    login: string | null;
    mustChangePassword: boolean;
    sessionVersion: number;
    passwordHash: string | null;
  }) => ({
    login: u.login,
    mustChangePassword: u.mustChangePassword,
    sessionVersion: u.sessionVersion,
    hadPassword: !!u.passwordHash,
  });
  await audit(tx, {
    actorPersonId: ctx.actor.personId,
    action: before ? "staff.credentials_reset" : "staff.credentials_issue",
    entityType: "User",
    entityId: after.id,
    organizationId: ctx.organizationId,
    before: before ? view(before) : undefined,
    after: view(after),
  });
  return login;
}

// Runs fn with a fresh one-time password's hash, again when two administrators took the same new login at
// once (the unique login refuses the second: it picks again).
export async function withNewPassword<T>(fn: (passwordHash: string, password: string) => Promise<T>) {
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(passwordHash, password);
    } catch (e) {
      const clash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!clash || attempt >= 3) throw e;
    }
  }
}

// Issues first-login credentials to a current member of the organisation (or resets them): the clear
// password is returned once and never stored. Refused as assertCredentialsAllowed says (the policy's
// "staff.issue_credentials", asked again on the rows inside the transaction).
export async function issueCredentials(ctx: PeopleContext, membershipId: string): Promise<Invitation> {
  return withNewPassword(async (passwordHash, password) => {
    const login = await prisma.$transaction(async (tx) => {
      const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
      await assertCredentialsAllowed(tx, ctx, m);
      return writeCredentials(tx, ctx, m.person, passwordHash);
    });
    return { login, password };
  });
}
