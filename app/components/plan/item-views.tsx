import { useTranslation } from "react-i18next";

import type { ViewShown } from "~/modules/plan/plan-item-page.server";

/** What people think of a part of the plan now; earlier views stay, folded away. */
export function ItemViews({ views }: { views: ViewShown[] }) {
  const { t } = useTranslation("plan");
  const current = views.filter((view) => view.current);
  const history = views.filter((view) => !view.current);
  const who = (view: ViewShown) => (view.mine ? t("item.you") : <bdi>{view.name}</bdi>);
  return (
    <section aria-labelledby="views-heading" className="space-y-3">
      <h2 id="views-heading" className="text-xl font-bold">
        {t("item.viewsTitle")}
      </h2>
      {current.length === 0 ? <p>{t("item.noViews")}</p> : null}
      <ul className="space-y-2">
        {current.map((view) => (
          <li key={view.id} className="rounded bg-white p-3">
            <p>
              <strong>{who(view)}</strong>: {t(`stance.${view.stance}`)}
            </p>
            {view.words ? (
              <p dir="auto" className="whitespace-pre-line">
                {view.words}
              </p>
            ) : null}
            <p className="text-sm text-gray-700">
              {view.createdAt} · {view.shared ? t("item.shared") : t("item.notShared")}
            </p>
          </li>
        ))}
      </ul>
      {history.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-brand underline">
            {t("item.history", { count: history.length })}
          </summary>
          <ul className="mt-2 space-y-1 text-sm">
            {history.map((view) => (
              <li key={view.id}>
                {view.createdAt}: {who(view)}, {t(`stance.${view.stance}`)}
                {view.words ? (
                  <>
                    : <bdi>{view.words}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
