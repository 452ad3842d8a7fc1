import { useTranslation } from "react-i18next";

import type { OutcomePageView } from "~/modules/meetings/outcome-page.server";

/** What the invited members said to "does this match what you heard?": the newest of each, then the rest. */
export function OutcomeAnswers({ answers }: { answers: OutcomePageView["answers"] }) {
  const { t } = useTranslation("meetings");
  const newest = answers.filter((answer) => answer.newest);
  const older = answers.filter((answer) => !answer.newest);
  const line = (answer: OutcomePageView["answers"][number]) => (
    <li key={answer.key} className="rounded bg-white p-3">
      <p>
        <bdi className="font-bold">{answer.name}</bdi>:{" "}
        {answer.matches ? t("decided.answers.yes") : t("decided.answers.no")}
      </p>
      {answer.words ? (
        <p dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
          {answer.words}
        </p>
      ) : null}
      <p className="text-sm text-gray-700">
        {t("outcome.answerLine", { when: answer.at, version: answer.version })}
      </p>
    </li>
  );
  return (
    <section aria-labelledby="outcome-answers" className="space-y-2">
      <h2 id="outcome-answers" className="text-xl font-bold">
        {t("outcome.answersTitle")}
      </h2>
      {newest.length === 0 ? (
        <p>{t("outcome.noAnswers")}</p>
      ) : (
        <ul className="space-y-2">{newest.map(line)}</ul>
      )}
      {older.length > 0 ? (
        <details>
          <summary>{t("outcome.olderAnswers")}</summary>
          <ul className="space-y-2">{older.map(line)}</ul>
        </details>
      ) : null}
    </section>
  );
}
