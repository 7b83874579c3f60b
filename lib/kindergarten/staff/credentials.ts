import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ManagerContext } from "@/lib/auth/audiences";
import { Refusal } from "@/lib/action/refusal";
import { firstFreeLogin, loginBase } from "./login";
import { assertActive, staffMembershipOf, worksElsewhere } from "./scope";
import { refuseUnlessKeeper, staffSubject } from "./subject";

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

// Issues first-login credentials to a current staff member: creates their account or resets it
// (a person keeps a login they already have), with a one-time password that must be changed at
// the first sign-in; open sessions end. The clear password is returned once and never stored.
// Refused for oneself, for people who also work in another organisation (not this kindergarten's
// account to reset), for a person with a parent's cabinet (their account is theirs), and — unless the
// actor is the director or an administrator of an authority over the kindergarten — for a manager
// (the policy's "staff.issue_credentials", asked again on the rows inside the transaction).
export async function issueCredentials(
  ctx: ManagerContext,
  membershipId: string,
): Promise<{ login: string; password: string }> {
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  for (let attempt = 0; ; attempt++) {
    try {
      const login = await prisma.$transaction(async (tx) => {
        const m = await staffMembershipOf(tx, ctx.organizationId, membershipId);
        assertActive(m);
        if (m.personId === ctx.actor.personId) throw new Refusal("kgStaff.rule.selfCredentials");
        if (await worksElsewhere(tx, m.personId, ctx.organizationId))
          throw new Refusal("kgStaff.rule.sharedAccount");
        refuseUnlessKeeper(ctx, "staff.issue_credentials", await staffSubject(m.id, undefined, tx));
        const before = await tx.user.findUnique({
          where: { personId: m.personId },
          select: {
            id: true,
            login: true,
            mustChangePassword: true,
            sessionVersion: true,
            passwordHash: true,
          },
        });
        const login = await loginFor(tx, m.person, before?.login);
        const data = { login, passwordHash, mustChangePassword: true };
        const after = before
          ? await tx.user.update({
              where: { id: before.id },
              data: { ...data, sessionVersion: { increment: 1 } },
            })
          : await tx.user.create({ data: { ...data, personId: m.personId } });
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
      });
      return { login, password };
    } catch (e) {
      // Two administrators took the same new login at once: pick again.
      const clash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!clash || attempt >= 3) throw e;
    }
  }
}
