// The form that opens a family space. Messages are keys of the "family-space" namespace.
import { z } from "zod";

import { planCategories } from "~/modules/plan/plan.constants";
import { userText } from "~/utils/text.server";
import { addDays, parseIsoDate, type IsoDate } from "~/utils/uk-time";

/** How far from today each date may be, in days. */
export const DATE_LIMITS = {
  /** A child on a plan is under 18. */
  oldestChildDays: 18 * 366,
  /** A baby due a few weeks ago may not be born yet, or the form was not updated. */
  duePastDays: 28,
  /** A pregnancy lasts about 280 days. */
  dueAheadDays: 300,
  /** The conference that made the plan, or the next one booked. */
  conferencePastDays: 366,
  conferenceAheadDays: 92,
} as const;

export const MAX_CHILDREN = 8;

const key = (name: string) => `family-space:errors.${name}`;
const text = z.string().trim().optional().default("");

function ChildSchema(today: IsoDate) {
  return z
    .object({
      firstName: userText({
        required: key("childName.required"),
        max: 40,
        tooLong: key("childName.tooLong"),
      }),
      born: z.enum(["born", "expected"], key("born.required")),
      dateOfBirth: text,
      dueDate: text,
    })
    .transform((child, context) => {
      const field = child.born === "born" ? "dateOfBirth" : "dueDate";
      const typed = child[field];
      const date = parseIsoDate(typed);
      const problem = !typed
        ? `${field}.required`
        : !date
          ? `${field}.invalid`
          : field === "dateOfBirth"
            ? date > today
              ? "dateOfBirth.future"
              : date < addDays(today, -DATE_LIMITS.oldestChildDays)
                ? "dateOfBirth.tooOld"
                : null
            : date < addDays(today, -DATE_LIMITS.duePastDays)
              ? "dueDate.past"
              : date > addDays(today, DATE_LIMITS.dueAheadDays)
                ? "dueDate.tooFar"
                : null;
      if (problem) {
        context.addIssue({ code: "custom", path: [field], message: key(problem) });
        return z.NEVER;
      }
      return {
        firstName: child.firstName,
        dateOfBirth: field === "dateOfBirth" ? date : null,
        dueDate: field === "dueDate" ? date : null,
      };
    });
}

/** The form, checked against today's date (UK). */
export function OpenFamilySpaceSchema(today: IsoDate) {
  return z.object({
    name: userText({ required: key("name.required"), max: 60, tooLong: key("name.tooLong") }),
    children: z
      .array(ChildSchema(today), key("children.required"))
      .min(1, key("children.required"))
      .max(MAX_CHILDREN, key("children.tooMany")),
    category: z.enum(planCategories, key("category.required")),
    conferenceDate: text.transform((typed, context) => {
      const date = parseIsoDate(typed);
      const problem = !typed
        ? "conferenceDate.required"
        : !date
          ? "conferenceDate.invalid"
          : date < addDays(today, -DATE_LIMITS.conferencePastDays)
            ? "conferenceDate.tooOld"
            : date > addDays(today, DATE_LIMITS.conferenceAheadDays)
              ? "conferenceDate.tooFar"
              : null;
      if (problem || !date) {
        context.addIssue({ code: "custom", message: key(problem ?? "conferenceDate.invalid") });
        return z.NEVER;
      }
      return date;
    }),
  });
}

export type OpenFamilySpaceInput = z.output<ReturnType<typeof OpenFamilySpaceSchema>>;
/** The form's fields as typed, for conform on the page. */
export type OpenFamilySpaceFields = z.input<ReturnType<typeof OpenFamilySpaceSchema>>;
