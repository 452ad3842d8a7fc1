// The forms of questions between visits. Kept apart from questions.server.ts, so modules that
// read threads (the hand-over, My copy) do not carry the forms' error strings.
import { z } from "zod";

import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

const e = (key: string) => `questions:errors.${key}`;

/** The longest question or reply, in characters. */
const QUESTION_MAX = 2000;

const messageText = userText({ required: e("textRequired"), max: QUESTION_MAX, tooLong: e("textTooLong") });

/** The ask form: whom to ask (a person id from the page's list) and the question. */
export const AskSchema = z.object({
  to: z.string(e("toRequired")).pipe(idSchema(e("toRequired"))),
  text: messageText,
});
export type AskInput = z.infer<typeof AskSchema>;

/** A reply in a thread. */
export const ReplySchema = z.object({ text: messageText });

const questionFlags = ["TOO_MUCH", "MOVE"] as const;
export type QuestionFlag = (typeof questionFlags)[number];

/** The asker's flag: one of the two, or "NONE" to take it back. */
export const FlagSchema = z.object({ flag: z.enum([...questionFlags, "NONE"], e("flagRequired")) });
