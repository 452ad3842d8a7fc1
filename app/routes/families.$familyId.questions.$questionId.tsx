import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { replyFor } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { FlagForms, ReplyForm } from "~/components/questions/question-forms";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { can } from "~/modules/permissions/can";
import {
  recordRead,
  requireFamilyPermission,
  requireIntentPermission,
} from "~/modules/permissions/guard.server";
import { FlagSchema, ReplySchema } from "~/modules/questions/questions.schema.server";
import { getQuestion, replyToQuestion, setQuestionFlag } from "~/modules/questions/questions.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "questions:thread.title", i18n: ["questions"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "questions", "view", {
    context,
    audit: "later",
  });
  const questionId = requireIdParam(params.questionId);
  // Only the one who asked and the one asked: anyone else's thread is not there for them.
  const [thread, numbers, format] = await Promise.all([
    getQuestion({ access, questionId }),
    whatToDoNumbers({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  if (!thread) throw notFound();
  await recordRead(request, access, { action: "questions.view", entity: "question", entityId: thread.id });
  return {
    familyId: access.familyId,
    socialWorkPhone: numbers.socialWorkPhone,
    outOfHoursPhone: numbers.outOfHoursPhone,
    canReply: can(access, "questions", "reply"),
    canFlag: thread.asker && can(access, "questions", "ask"),
    thread: {
      id: thread.id,
      asker: thread.asker,
      askerName: thread.askerName,
      askedName: thread.askedName,
      flag: thread.flag,
      messages: thread.messages.map((message) => ({
        id: message.id,
        mine: message.mine,
        authorName: message.authorName,
        text: message.text,
        at: format(message.at),
      })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, params.familyId, "question", form);
  const questionId = requireIdParam(params.questionId);
  const back = `/families/${access.familyId}/questions/${questionId}`;
  if (intent === "reply") {
    const submission = parseSubmission(form, ReplySchema);
    if (submission.status !== "success") return refuse(submission);
    const saved = await saveOnce(
      { personId: access.person.id, kind: `questions.reply:${questionId}`, form },
      () => replyToQuestion({ access, questionId, text: submission.value.text, request }),
    );
    if (!saved) throw notFound();
    return redirect(`${back}?done=replied`);
  }
  const submission = parseSubmission(form, FlagSchema);
  if (submission.status !== "success") return refuse(submission);
  const flagged = await setQuestionFlag({ access, questionId, flag: submission.value.flag, request });
  if (!flagged) throw notFound();
  return redirect(`${back}?done=${submission.value.flag === "NONE" ? "unflagged" : "flagged"}`);
}

const doneMessages = ["asked", "replied", "flagged", "unflagged"] as const;

export default function QuestionThread() {
  const { t } = useTranslation("questions");
  const { familyId, socialWorkPhone, outOfHoursPhone, canReply, canFlag, thread } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = doneMessages.find((message) => message === searchParams.get("done"));
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/questions`} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("thread.title")}</h1>
      <p>
        {thread.asker
          ? isolatedName((name) => t("thread.youAsked", { name }), thread.askedName)
          : isolatedName((name) => t("thread.askedYou", { name }), thread.askerName)}
      </p>
      {done ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t(`done.${done}`)}
        </p>
      ) : null}
      {thread.flag && !thread.asker ? (
        <p className="border-l-4 border-red-700 bg-white p-3 font-bold">
          {isolatedName(
            (name) => t("flag.markedBy", { name, flag: t(`flag.${thread.flag}`) }),
            thread.askerName,
          )}
        </p>
      ) : null}
      <WhatToDoNow
        socialWorkPhone={socialWorkPhone}
        outOfHoursPhone={outOfHoursPhone}
        title={t("crisis.title")}
      >
        <p className="mt-2">{t("crisis.notUrgent")}</p>
      </WhatToDoNow>
      <section aria-labelledby="messages-heading" className="space-y-3">
        <h2 id="messages-heading" className="text-xl font-bold">
          {t("thread.messages")}
        </h2>
        <ol className="space-y-3">
          {thread.messages.map((message) => (
            <li
              key={message.id}
              className={`rounded border-2 bg-white p-3 [overflow-wrap:anywhere] break-words ${message.mine ? "border-gray-300" : "border-brand"}`}
            >
              <h3 className="font-bold">
                {message.mine
                  ? t("thread.byYou", { date: message.at })
                  : isolatedName((name) => t("thread.by", { name, date: message.at }), message.authorName)}
              </h3>
              <p className="mt-1 whitespace-pre-line" dir="auto">
                {message.text}
              </p>
            </li>
          ))}
        </ol>
      </section>
      {canReply ? (
        <section aria-labelledby="reply-heading" className="space-y-3">
          <h2 id="reply-heading" className="text-xl font-bold">
            {t("thread.replyTitle")}
          </h2>
          <ReplyForm lastResult={replyFor(actionData, "reply")} />
        </section>
      ) : null}
      {canFlag ? <FlagForms flag={thread.flag} /> : null}
    </div>
  );
}
