import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { SavedFirstConflict } from "~/components/forms/conflict-page";
import { planItems } from "~/modules/plan/plan-items";
import type { PlanContent } from "~/modules/plan/plan.schema.server";

/** "Someone saved first" for the plan's draft: their draft to read, then this person's words in `form`. */
export function DraftConflict({
  back,
  bySelf,
  theirsBy,
  theirs,
  form,
}: {
  back: ReactNode;
  bySelf: boolean;
  theirsBy: string;
  theirs: PlanContent;
  form: ReactNode;
}) {
  return (
    <SavedFirstConflict
      ns="plan"
      back={back}
      bySelf={bySelf}
      theirsBy={theirsBy}
      theirs={<PlanAsText content={theirs} />}
      form={form}
    />
  );
}

function PlanAsText({ content }: { content: PlanContent }) {
  const { t } = useTranslation("plan");
  return (
    <ul className="list-disc space-y-1 pl-5">
      {planItems(content).map((item) => (
        <li key={item.id} dir="auto">
          <strong>{t(`kind.${item.kind}`)}:</strong> {item.text}
          {item.professional ? ` (${item.professional})` : ""}
        </li>
      ))}
      {content.ifNotFollowed ? <li dir="auto">{content.ifNotFollowed}</li> : null}
      {content.scalingQuestion ? <li dir="auto">{content.scalingQuestion}</li> : null}
    </ul>
  );
}
