import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";

export type SharedWithYouItem = {
  id: string;
  kind: "LINK" | "ARTICLE" | "SERVICE";
  href: string;
  title: string;
  titleKey: string | null;
  note: string;
  sharedBy: string;
  mine: boolean;
  at: string;
};

/**
 * Resources an adviser or the social worker chose for this family, each with their note.
 * `withdrawForm` renders a "take back" form for the person's own items (the share page).
 */
export function SharedWithYou({
  items,
  withdrawForm,
}: {
  items: SharedWithYouItem[];
  withdrawForm?: (item: SharedWithYouItem) => React.ReactNode;
}) {
  const { t } = useTranslation("kinship");
  return (
    <section aria-labelledby="shared-with-you" className="rounded border-2 border-gray-300 bg-white p-4">
      <h2 id="shared-with-you" className="text-xl font-bold">
        {t("sharing.sharedWithYou")}
      </h2>
      {items.length === 0 ? <p>{t("sharing.nothingShared")}</p> : null}
      <ul className="mt-2 space-y-4">
        {items.map((item) => (
          <li key={item.id} className="border-l-4 border-brand pl-3 [overflow-wrap:anywhere] break-words">
            <p className="text-sm text-gray-700">{t(`sharing.kinds.${item.kind}`)}</p>
            <p>
              <a
                href={item.href}
                className="font-bold text-brand underline"
                dir="auto"
                {...(item.kind === "LINK" ? { rel: "noopener noreferrer", target: "_blank" } : {})}
              >
                {item.titleKey ? t(item.titleKey) : item.title}
                {item.kind === "LINK" ? <span className="sr-only"> {t("sharing.opensNewTab")}</span> : null}
              </a>
            </p>
            <p className="whitespace-pre-line" dir="auto">
              {item.note}
            </p>
            <p className="text-sm text-gray-700">
              {isolatedName((name) => t("sharing.sharedBy", { name, at: item.at }), item.sharedBy)}
            </p>
            {withdrawForm && item.mine ? withdrawForm(item) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
