// The forms of a paper written as sections. Messages are translation keys in the meetings
// namespace ("meetings:sections.errors.…").
import { z } from "zod";

import type { SectionWords } from "~/modules/meetings/paper-sections.server";
import { BaseVersionSchema } from "~/utils/forms.server";
import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

const MAX_WORDS = 8000;
const MAX_MARK = 2000;

/** A section: its heading, the report's own words and the same in plain words. */
export const SectionSchema = z.object({
  heading: userText({
    max: 200,
    required: "meetings:sections.errors.heading.required",
    tooLong: "meetings:sections.errors.heading.tooLong",
  }),
  reportWords: userText({
    max: MAX_WORDS,
    required: "meetings:sections.errors.reportWords.required",
    tooLong: "meetings:sections.errors.reportWords.tooLong",
  }),
  plainWords: userText({
    max: MAX_WORDS,
    required: "meetings:sections.errors.plainWords.required",
    tooLong: "meetings:sections.errors.plainWords.tooLong",
  }),
});

/** An edit also says which version it was written over, so a second editor cannot lose the first. */
export const SectionEditSchema = SectionSchema.extend({
  // Any bad version (only a tampered or stale form sends one) reads as "changed", a key the page
  // can show, not zod's own words.
  baseVersion: BaseVersionSchema.catch(0).refine(
    (version) => version > 0,
    "meetings:sections.errors.changed",
  ),
});

/** "This is wrong": on which section, what is wrong and what it should say. */
export const SectionMarkSchema = z.object({
  sectionId: idSchema("meetings:sections.errors.notFound"),
  whatIsWrong: userText({
    max: MAX_MARK,
    required: "meetings:sections.errors.whatIsWrong.required",
    tooLong: "meetings:sections.errors.whatIsWrong.tooLong",
  }),
  shouldSay: userText({
    max: MAX_MARK,
    required: "meetings:sections.errors.shouldSay.required",
    tooLong: "meetings:sections.errors.shouldSay.tooLong",
  }),
});

/** The social worker's answer: "Changed", or it stays and why (a reason is then needed). */
export const MarkAnswerSchema = z
  .object({
    markId: idSchema("meetings:sections.errors.notFound"),
    answer: z.enum(["CORRECTED", "NOT_AGREED"], "meetings:sections.errors.answer.required"),
    reason: userText({ max: MAX_MARK, tooLong: "meetings:sections.errors.reason.tooLong" }).default(""),
  })
  .refine((value) => value.answer !== "NOT_AGREED" || value.reason.length > 0, {
    message: "meetings:sections.errors.reason.required",
    path: ["reason"],
  });

// The fields of each form as the page names them (types only: zod stays on the server).
export type SectionEditInput = SectionWords & { baseVersion: string };
export type SectionMarkInput = { sectionId: string; whatIsWrong: string; shouldSay: string };
export type MarkAnswerInput = { markId: string; answer: string; reason: string };
