import { useTranslation } from "react-i18next";

import type { FormReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { AnswerForm, CorrectionForm } from "~/components/plan/correction-forms";
import type { CorrectionShown } from "~/modules/plan/plan-item-page.server";

/** The changes asked for to a part of the plan, their answers, and the forms to ask and answer. */
export function ItemCorrections({
  corrections,
  canAnswer,
  canCorrect,
  answerReply,
  correctionReply,
}: {
  corrections: CorrectionShown[];
  canAnswer: boolean;
  canCorrect: boolean;
  answerReply: FormReply | null;
  correctionReply: FormReply | null;
}) {
  const { t } = useTranslation("plan");
  return (
    <section aria-labelledby="corrections-heading" className="space-y-3">
      <h2 id="corrections-heading" className="text-xl font-bold">
        {t("item.correctionsTitle")}
      </h2>
      {corrections.length === 0 ? <p>{t("item.noCorrections")}</p> : null}
      <ul className="space-y-3">
        {corrections.map((correction) => (
          <li key={correction.id} className="rounded bg-white p-3">
            <p>
              {isolatedName(
                (slot) =>
                  t("item.correctionBy", {
                    name: slot,
                    date: correction.createdAt,
                    version: correction.version,
                  }),
                correction.name,
              )}
            </p>
            <p>
              <strong>{t("item.whatIsWrong")}</strong> <bdi>{correction.whatIsWrong}</bdi>
            </p>
            <p>
              <strong>{t("item.shouldSay")}</strong> <bdi>{correction.shouldSay}</bdi>
            </p>
            <p className="mt-1 font-bold">{t(`correctionStatus.${correction.status}`)}</p>
            {correction.reason ? (
              <p>
                {isolatedName((slot) => t("item.answerBy", { name: slot }), correction.respondedByName ?? "")}{" "}
                <bdi>{correction.reason}</bdi>
              </p>
            ) : null}
            {canAnswer && correction.status === "OPEN" ? (
              <AnswerForm correctionId={correction.id} reply={answerReply} />
            ) : null}
          </li>
        ))}
      </ul>
      {canCorrect ? <CorrectionForm reply={correctionReply} /> : null}
    </section>
  );
}
