import { z } from "zod";

import { planEndReasons } from "./plan-end.server";

// Messages are translation keys in the "errors" namespace.
export const EndPlanSchema = z.object({
  reason: z.enum(planEndReasons, "planEnd.reason.required"),
});

export type EndPlanInput = z.infer<typeof EndPlanSchema>;
