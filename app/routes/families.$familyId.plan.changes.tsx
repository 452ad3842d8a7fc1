import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { BackToPlan } from "~/components/plan/back-to-plan";
import { GlossaryLinksContext, GlossaryText } from "~/components/plan/glossary-text";
import { linkTexts } from "~/modules/glossary/glossary-links.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { diffPlans } from "~/modules/plan/plan-items";
import { ChangesQuerySchema } from "~/modules/plan/plan.schema.server";
import { getLatestVersion, getVersion } from "~/modules/plan/plan.server";
import type { RouteHandle } from "~/root";
import { requestLanguage } from "~/utils/dates.server";
import { notFound } from "~/utils/http.server";

export const handle: RouteHandle = { titleKey: "plan:changes.title", i18n: ["plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "view", { context });
  const query = ChangesQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw notFound();
  const to = query.data.to
    ? await getVersion({ access, number: query.data.to })
    : await getLatestVersion({ access });
  const from = await getVersion({ access, number: query.data.from });
  if (!from || !to || from.number >= to.number) throw notFound();
  const diff = diffPlans(from.content, to.content);
  const language = await requestLanguage(request);
  return {
    glossaryLinks: linkTexts({
      key: `changes:${access.familyId}:${from.number}:${to.number}`,
      language,
      texts: diff.items.map((entry) => entry.item.text),
    }),
    familyId: access.familyId,
    from: from.number,
    to: to.number,
    fields: diff.fields.map((field) => ({
      field,
      before: String(from.content[field] ?? ""),
      after: String(to.content[field] ?? ""),
    })),
    items: diff.items,
  };
}

const markClass = {
  added: "border-green-700 bg-green-50",
  removed: "border-red-700 bg-red-50",
  changed: "border-yellow-600 bg-yellow-50",
};

export default function PlanChanges() {
  const { t } = useTranslation("plan");
  const { familyId, from, to, fields, items, glossaryLinks } = useLoaderData<typeof loader>();
  const fieldText = (field: string, value: string) =>
    field === "level"
      ? t(`level.${value}`)
      : field === "category"
        ? value
          ? t(`category.${value}`)
          : t("changes.none")
        : value || t("changes.none");

  return (
    <GlossaryLinksContext.Provider value={glossaryLinks}>
      <div className="space-y-6">
        <BackToPlan familyId={familyId} />
        <h1 className="text-3xl font-bold">{t("changes.title")}</h1>
        <p>{t("changes.intro", { from, to })}</p>
        {items.length === 0 && fields.length === 0 ? <p>{t("changes.nothing")}</p> : null}
        <ul className="space-y-3">
          {fields.map((change) => (
            <li key={change.field} className={`rounded border-l-4 p-3 ${markClass.changed}`}>
              <p className="font-bold">
                {t("changes.mark.changed")}: {t(`changes.field.${change.field}`)}
              </p>
              <p>
                <span className="font-bold">{t("changes.before")}</span>{" "}
                <del>{fieldText(change.field, change.before)}</del>
              </p>
              <p>
                <span className="font-bold">{t("changes.after")}</span>{" "}
                <ins className="no-underline">{fieldText(change.field, change.after)}</ins>
              </p>
            </li>
          ))}
          {items.map((entry) => (
            <li
              key={`${entry.change}-${entry.item.id}`}
              className={`rounded border-l-4 p-3 ${markClass[entry.change]}`}
            >
              <p className="font-bold">
                {t(`changes.mark.${entry.change}`)}: {t(`kind.${entry.item.kind}`)}
              </p>
              {entry.change === "changed" ? (
                <>
                  <p>
                    <span className="font-bold">{t("changes.before")}</span>{" "}
                    <del>
                      <bdi>{entry.before.text}</bdi>
                    </del>
                  </p>
                  <p>
                    <span className="font-bold">{t("changes.after")}</span>{" "}
                    <ins className="no-underline">
                      <GlossaryText text={entry.item.text} />
                    </ins>
                  </p>
                </>
              ) : entry.change === "removed" ? (
                <p>
                  <del>
                    <bdi>{entry.item.text}</bdi>
                  </del>
                </p>
              ) : (
                <p>
                  <ins className="no-underline">
                    <GlossaryText text={entry.item.text} />
                  </ins>
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </GlossaryLinksContext.Provider>
  );
}
