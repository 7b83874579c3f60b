import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { normalizePhone } from "./otp/rules";

// A Kazakhstan mobile number, normalised to +7XXXXXXXXXX; the message is a translation key.
export const phoneSchema = z.string().transform((value, ctx) => {
  const phone = normalizePhone(value);
  if (!phone) {
    ctx.addIssue({ code: "custom", message: "validation.phone" });
    return z.NEVER;
  }
  return phone;
});

// Step 1 of the parent's sign-in: phone and own IIN.
export const requestCodeSchema = z.object({ phone: phoneSchema, iin: iinSchema });

// Step 2: the code from the SMS.
export const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "validation.code");

// Staff sign-in.
export const passwordSignInSchema = z.object({
  login: z.string().trim().min(1, "validation.required"),
  password: z.string().min(1, "validation.required"),
});

// Changing the password (first sign-in with an invitation, or later).
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "validation.required"),
    next: z.string().min(8, "validation.passwordLength").max(128, "validation.passwordLength"),
    repeat: z.string(),
  })
  .refine((v) => v.next === v.repeat, { path: ["repeat"], message: "validation.passwordMismatch" });
