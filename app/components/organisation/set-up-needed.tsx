import { useTranslation } from "react-i18next";

// A shell command, the same in every language.
const command =
  'npm run setup -- --organisation "Northbridge Council" --kind council --admin admin@council.example --admin-name "Sam Jones"';

/** What a production or test server with an empty database shows instead of the landing and sign-in pages. */
export function SetUpNeeded() {
  const { t } = useTranslation("organisation");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("setUp.title")}</h1>
      <p>{t("setUp.intro")}</p>
      <p>{t("setUp.how")}</p>
      {/* Wraps rather than scrolls: a box that scrolls must take keyboard focus. */}
      <pre
        className="rounded bg-gray-200 p-3 text-sm break-words whitespace-pre-wrap"
        dir="ltr"
        translate="no"
      >
        <code>{command}</code>
      </pre>
      <p>{t("setUp.after")}</p>
    </div>
  );
}
