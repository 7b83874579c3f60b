"use server";
import { z } from "zod";
import { formAction } from "@/lib/action/define-action";
import { idField } from "@/lib/action/common-schemas";
import { orgOf } from "@/lib/action/resources";
import { unlockSignIn } from "./unlock";

// "Unlock sign-in" on a person's page: lifts the lock that failed password attempts put on their
// login (the organisation's administrators: policy "staff.unlock_sign_in").
export const unlockSignInAction = formAction({
  name: "staff.unlock_sign_in",
  permission: "staff.unlock_sign_in",
  schema: z.object({ membershipId: idField }),
  invalidAs: "errors.invalid_input",
  resource: (input) => orgOf.membership(input.membershipId),
  run: async ({ actor, input, resource }) => {
    await unlockSignIn({ actor, ...resource }, input.membershipId);
    return { message: "signInLock.unlocked" };
  },
  // The person's page in the kindergarten's Staff and in the organisation's administration (lib/people/staff).
  revalidate: [
    ["/[locale]/kindergarten/staff", "layout"],
    ["/[locale]/org/[slug]/admin/people", "layout"],
  ],
});
