import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { CaseloadLineView } from "~/modules/caseload/caseload-page.server";

/** One thing waiting, as a link to the place to act on it. Late ones say so in words, not only colour. */
export function CaseloadLine({ line }: { line: CaseloadLineView }) {
  const { t } = useTranslation("caseload");
  const late = (line.kind === "papers" || line.kind === "meeting") && line.late;
  const text =
    line.kind === "papers"
      ? t(line.late ? "lines.papersLate" : "lines.papers", { count: line.count, date: line.dueOn })
      : line.kind === "meeting"
        ? t(line.late ? "lines.meetingLate" : "lines.meeting", {
            meeting: t(`meetings.${line.meeting}`),
            date: line.dueBy,
          })
        : t(`lines.${line.kind}`, { count: line.count });
  return (
    <li>
      <Link
        to={line.to}
        className={`block rounded border-l-4 bg-white px-3 py-3 text-brand underline hover:bg-blue-50 ${late ? "border-red-700" : "border-brand"}`}
      >
        {late ? (
          <span className="mr-2 rounded bg-red-700 px-1 text-sm font-bold text-white no-underline">
            {t("late")}
          </span>
        ) : null}
        {text}
      </Link>
    </li>
  );
}
