import { useTranslation } from "react-i18next";

import type { FormReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { CommentForm } from "~/components/rules/rule-page-forms";
import type { RulePageData } from "~/modules/rules/rule-page.server";

/** What people wrote under the rule, and the form to add to it (for those who may). */
export function RuleDiscussion({
  comments,
  canDiscuss,
  reply,
}: {
  comments: RulePageData["comments"];
  canDiscuss: boolean;
  reply: FormReply | null;
}) {
  const { t } = useTranslation("rules");
  return (
    <section id="discussion" aria-labelledby="discussion-heading" className="space-y-3">
      <h2 id="discussion-heading" className="text-xl font-bold">
        {t("rule.discussion")}
      </h2>
      {comments.length === 0 ? <p>{t("rule.noComments")}</p> : null}
      <ul className="space-y-2">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded bg-white p-3">
            <p className="text-sm text-gray-700">
              {isolatedName((slot) => t("rule.commentBy", { name: slot, date: comment.date }), comment.name)}
            </p>
            <p dir="auto" className="whitespace-pre-line">
              {comment.text}
            </p>
          </li>
        ))}
      </ul>
      {canDiscuss ? <CommentForm reply={reply} /> : null}
    </section>
  );
}
