import { z } from "zod";

const EmailField = z
  .string("signIn.email.required")
  .trim()
  .min(1, "signIn.email.required")
  .max(254, "signIn.email.invalid")
  .pipe(z.email("signIn.email.invalid"));

export const EmailSchema = z.object({ email: EmailField, redirectTo: z.string().max(500).optional() });

export const CodeSchema = z.object({
  email: EmailField,
  // People paste codes with spaces ("123 456"); keep only the digits.
  code: z
    .string("signIn.code.required")
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "signIn.code.required")
        .regex(/^\d{6}$/, "signIn.code.format"),
    ),
  redirectTo: z.string().max(500).optional(),
  // "Keep me signed in on this device": a checkbox, so present ("yes") or absent.
  remember: z
    .enum(["yes"])
    .optional()
    .transform((value) => value === "yes"),
});

// Link tokens are 43 URL-safe characters; anything else is not one of ours.
export const LinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
