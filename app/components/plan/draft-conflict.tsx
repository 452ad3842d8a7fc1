import { useTranslation } from "react-i18next";

import { SavedFirstConflict, type SavedFirstProps } from "~/components/forms/conflict-page";
import { planItems } from "~/modules/plan/plan-items";
import type { PlanContent } from "~/modules/plan/plan.schema.server";

/** "Someone saved first" for the plan's draft: their draft to read, then this person's words in `form`. */
export function DraftConflict({ theirs, ...rest }: SavedFirstProps<PlanContent>) {
  return <SavedFirstConflict ns="plan" {...rest} theirs={<PlanAsText content={theirs} />} />;
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
