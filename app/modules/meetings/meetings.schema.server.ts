import { z } from "zod";

import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";
import { calendarCovers, exactUkInstant, parseIsoDate, ukParts } from "~/utils/uk-time";

import { meetingAnswers, meetingKinds, paperKinds } from "./meeting-kinds";

// Messages are translation keys in the meetings namespace ("meetings:errors.…").
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const WhenSchema = z.object({
  date: z
    .string("meetings:errors.date.invalid")
    .trim()
    .refine((text) => parseIsoDate(text) !== null, "meetings:errors.date.invalid"),
  start: z.string("meetings:errors.start.invalid").trim().regex(TIME, "meetings:errors.start.invalid"),
  end: z.string("meetings:errors.end.invalid").trim().regex(TIME, "meetings:errors.end.invalid"),
  place: userText({ max: 200, tooLong: "meetings:errors.place.tooLong" }),
  onlineLink: z
    .string()
    .trim()
    .max(500, "meetings:errors.onlineLink.invalid")
    .refine(
      (text) => text === "" || /^https:\/\/[^\s<>"]+$/.test(text),
      "meetings:errors.onlineLink.invalid",
    ),
});

export type MeetingTimes = { startsAt: Date; endsAt: Date };

/**
 * Date, times and where, checked the way a person would: a real date, in the future, within
 * the calendar the app ships, the end after the start, and a time that exists in the UK.
 */
export function meetingWhenSchema(now: Date) {
  return WhenSchema.transform((input, ctx) => {
    if (!input.place && !input.onlineLink) {
      ctx.addIssue({ code: "custom", path: ["place"], message: "meetings:errors.place.required" });
      return z.NEVER;
    }
    if (input.date < ukParts(now).date) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "meetings:errors.date.past" });
      return z.NEVER;
    }
    if (!calendarCovers(input.date)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "meetings:errors.date.tooFar" });
      return z.NEVER;
    }
    const start = exactUkInstant(input.date, input.start);
    if (!start.ok) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "meetings:errors.start.clockChange" });
      return z.NEVER;
    }
    const end = exactUkInstant(input.date, input.end);
    if (!end.ok) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "meetings:errors.end.clockChange" });
      return z.NEVER;
    }
    if (end.instant <= start.instant) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "meetings:errors.end.beforeStart" });
      return z.NEVER;
    }
    if (start.instant <= now) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "meetings:errors.date.past" });
      return z.NEVER;
    }
    return { ...input, startsAt: start.instant, endsAt: end.instant };
  });
}

export function newMeetingSchema(now: Date) {
  return z
    .object({ kind: z.enum(meetingKinds, "meetings:errors.kind.required") })
    .and(meetingWhenSchema(now));
}

export const ReplySchema = z.object({ answer: z.enum(meetingAnswers, "meetings:errors.answer.required") });

export const NoteSchema = z.object({
  words: userText({
    max: 2000,
    required: "meetings:errors.words.required",
    tooLong: "meetings:errors.words.tooLong",
  }),
  shared: z.enum(["yes", "no"], "meetings:errors.shared.required"),
});

export const PaperSchema = z.object({
  paperKind: z.enum(paperKinds, "meetings:errors.paperKind.required"),
  title: userText({
    max: 200,
    required: "meetings:errors.title.required",
    tooLong: "meetings:errors.title.tooLong",
  }),
});

/** The plain summary that goes with an uploaded paper: what it says, in a few short lines. */
export const PaperFileSummarySchema = z.object({
  summary: userText({
    max: 600,
    required: "meetings:papers.upload.summaryRequired",
    tooLong: "meetings:papers.upload.summaryTooLong",
  }),
});

export const MarkSchema = z.object({
  paperId: idSchema("meetings:errors.paper.notFound"),
  received: z.enum(["yes", "no"], "meetings:errors.received.required"),
});

export const StrategySchema = z.object({
  strategyDiscussion: z
    .string("meetings:errors.strategy.invalid")
    .trim()
    .refine((text) => parseIsoDate(text) !== null, "meetings:errors.strategy.invalid")
    .refine((text) => calendarCovers(text), "meetings:errors.strategy.invalid"),
});

/** Move or cancel, with the version (sequence) the practitioner saw. */
export const MeetingChangeSchema = z.object({
  intent: z.enum(["move", "cancel"]),
  sequence: z.coerce.number().int().min(0),
});

/** What the book form posts (before parsing), for the page's field names. */
export type NewMeetingInput = z.input<ReturnType<typeof newMeetingSchema>>;
/** What the move form posts. */
export type MeetingWhenInput = z.input<ReturnType<typeof meetingWhenSchema>>;
export type ReplyInput = z.input<typeof ReplySchema>;
/** "Our report": both parts may be short, but not both empty. */
export const FamilyReportSchema = z
  .object({
    wentWell: userText({
      max: 4000,
      tooLong: "meetings:errors.report.tooLong",
      message: "meetings:errors.report.required",
    }),
    wantKnown: userText({
      max: 4000,
      tooLong: "meetings:errors.report.tooLong",
      message: "meetings:errors.report.required",
    }),
  })
  .refine((report) => report.wentWell.trim() !== "" || report.wantKnown.trim() !== "", {
    message: "meetings:errors.report.required",
    path: ["wentWell"],
  });

export type FamilyReportInput = z.input<typeof FamilyReportSchema>;
export type NoteInput = z.input<typeof NoteSchema>;
export type PaperInput = z.input<typeof PaperSchema>;
export type PaperFileSummaryInput = z.input<typeof PaperFileSummarySchema>;
export type StrategyInput = z.input<typeof StrategySchema>;
