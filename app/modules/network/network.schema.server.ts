import { z } from "zod";

import { familyRoles } from "~/modules/permissions/matrix";
import { IdSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

// Messages are translation keys in the "errors" namespace.
export const InviteSchema = z.object({
  name: userText({ required: "invite.name.required", max: 100, tooLong: "invite.name.tooLong" }),
  email: z
    .string("invite.email.required")
    .trim()
    .min(1, "invite.email.required")
    .max(254, "invite.email.invalid")
    .pipe(z.email("invite.email.invalid")),
  role: z.enum(familyRoles, "invite.role.required"),
  relationship: userText({ max: 60, tooLong: "invite.relationship.tooLong" }).optional().default(""),
});

export type InviteInput = z.infer<typeof InviteSchema>;

export const MembershipActionSchema = z.object({
  intent: z.enum(["approve", "remove", "cancel-invitation"]),
  id: IdSchema,
});
