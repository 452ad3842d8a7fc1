import { useTranslation } from "react-i18next";

/** Which paper a section page is about: its title and the kind of meeting it is for. */
export function PaperHeading({ paper }: { paper: { title: string; meetingKind: string } }) {
  const { t } = useTranslation("meetings");
  return (
    <div>
      <p className="font-bold">
        <bdi>{paper.title}</bdi>
      </p>
      <p className="text-sm text-gray-700">{t(`kinds.${paper.meetingKind}`)}</p>
    </div>
  );
}
