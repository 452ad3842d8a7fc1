import { z } from "zod";

import { familyRoles } from "~/modules/permissions/matrix";

// Messages are translation keys in the "errors" namespace.
export const InviteSchema = z.object({
  name: z.string("invite.name.required").trim().min(1, "invite.name.required").max(100, "invite.name.tooLong"),
  email: z
    .string("invite.email.required")
    .trim()
    .min(1, "invite.email.required")
    .max(254, "invite.email.invalid")
    .pipe(z.email("invite.email.invalid")),
  role: z.enum(familyRoles, "invite.role.required"),
  relationship: z.string().trim().max(60, "invite.relationship.tooLong").optional().default(""),
});

export type InviteInput = z.infer<typeof InviteSchema>;

export const MembershipActionSchema = z.object({
  intent: z.enum(["approve", "remove", "cancel-invitation"]),
  id: z.string().regex(/^[a-z0-9]{20,32}$/),
});
