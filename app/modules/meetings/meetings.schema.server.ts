import { z } from "zod";

import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";
import { calendarCovers, exactUkInstant, parseIsoDate, ukParts } from "~/utils/uk-time";

import { meetingAnswers, meetingKinds, paperKinds } from "./meeting-kinds";

// Messages are keys under "errors" in the meetings namespace.
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const WhenSchema = z.object({
  date: z
    .string("date.invalid")
    .trim()
    .refine((text) => parseIsoDate(text) !== null, "date.invalid"),
  start: z.string("start.invalid").trim().regex(TIME, "start.invalid"),
  end: z.string("end.invalid").trim().regex(TIME, "end.invalid"),
  place: userText({ max: 200, tooLong: "place.tooLong" }),
  onlineLink: z
    .string()
    .trim()
    .max(500, "onlineLink.invalid")
    .refine((text) => text === "" || /^https:\/\/[^\s<>"]+$/.test(text), "onlineLink.invalid"),
});

export type MeetingTimes = { startsAt: Date; endsAt: Date };

/**
 * Date, times and where, checked the way a person would: a real date, in the future, within
 * the calendar the app ships, the end after the start, and a time that exists in the UK.
 */
export function meetingWhenSchema(now: Date) {
  return WhenSchema.transform((input, ctx) => {
    if (!input.place && !input.onlineLink) {
      ctx.addIssue({ code: "custom", path: ["place"], message: "place.required" });
      return z.NEVER;
    }
    if (input.date < ukParts(now).date) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date.past" });
      return z.NEVER;
    }
    if (!calendarCovers(input.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date.tooFar" });
      return z.NEVER;
    }
    const start = exactUkInstant(input.date, input.start);
    if (!start.ok) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "start.clockChange" });
      return z.NEVER;
    }
    const end = exactUkInstant(input.date, input.end);
    if (!end.ok) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "end.clockChange" });
      return z.NEVER;
    }
    if (end.instant <= start.instant) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "end.beforeStart" });
      return z.NEVER;
    }
    if (start.instant <= now) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date.past" });
      return z.NEVER;
    }
    return { ...input, startsAt: start.instant, endsAt: end.instant };
  });
}

export function newMeetingSchema(now: Date) {
  return z.object({ kind: z.enum(meetingKinds, "kind.required") }).and(meetingWhenSchema(now));
}

export const ReplySchema = z.object({ answer: z.enum(meetingAnswers, "answer.required") });

export const NoteSchema = z.object({
  words: userText({ max: 2000, required: "words.required", tooLong: "words.tooLong" }),
  shared: z.enum(["yes", "no"], "shared.required"),
});

export const PaperSchema = z.object({
  paperKind: z.enum(paperKinds, "paperKind.required"),
  title: userText({ max: 200, required: "title.required", tooLong: "title.tooLong" }),
});

export const MarkSchema = z.object({
  paperId: idSchema("paper.notFound"),
  received: z.enum(["yes", "no"], "received.required"),
});

export const StrategySchema = z.object({
  strategyDiscussion: z
    .string("strategy.invalid")
    .trim()
    .refine((text) => parseIsoDate(text) !== null, "strategy.invalid")
    .refine((text) => calendarCovers(text), "strategy.invalid"),
});

/** Form errors as keys in the meetings namespace, ready for the shared error components. */
export function meetingErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field,
      key.startsWith("generic.") ? key : `meetings:errors.${key}`,
    ]),
  );
}

/** Which form on the meeting page was sent. */
export const MeetingIntentSchema = z.object({ intent: z.enum(["reply", "note", "mark", "paper"]) });

/** Move or cancel, with the version (sequence) the practitioner saw. */
export const MeetingChangeSchema = z.object({
  intent: z.enum(["move", "cancel"]),
  sequence: z.coerce.number().int().min(0),
});
