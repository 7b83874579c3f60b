// The one-time XML challenge a person signs with the authentication key to sign in:
// a random nonce, the audience (this portal), when it was issued and when it expires.
import { XML_DECLARATION, el } from "./xml-text";

// The fields a challenge document carries.
export type ChallengeFields = { nonce: string; audience: string; issuedAt: Date; expiresAt: Date };

// The purpose written into sign-in challenges.
export const CHALLENGE_PURPOSE = "sign-in";

// The challenge document; rebuilt from the stored challenge when the signature comes back.
export function challengeXml(c: ChallengeFields): string {
  return `${XML_DECLARATION}<balabaqshaSignIn>${el("purpose", CHALLENGE_PURPOSE)}${el("nonce", c.nonce)}${el("audience", c.audience)}${el("issuedAt", c.issuedAt.toISOString())}${el("expiresAt", c.expiresAt.toISOString())}</balabaqshaSignIn>`;
}
