import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { listDiary } from "~/modules/kinship/diary.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "kinship:diary.title", i18n: ["kinship"] };

const PREVIEW_CHARACTERS = 160;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "diary", "view", { context });
  const [entries, format] = await Promise.all([
    listDiary({ familyId: access.familyId, personId: access.person.id }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    canWrite: can(access, "diary", "write"),
    entries: entries.map((entry) => ({
      id: entry.id,
      day: format(new Date(`${entry.day}T12:00:00Z`)),
      preview:
        entry.text.length > PREVIEW_CHARACTERS ? `${entry.text.slice(0, PREVIEW_CHARACTERS)}…` : entry.text,
      mine: entry.mine,
      authorName: entry.authorName,
    })),
  };
}

export default function DiaryList() {
  const { t } = useTranslation("kinship");
  const { familyId, canWrite, entries } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("diary.title")}</h1>
      <p>{t(canWrite ? "diary.intro" : "diary.introReader")}</p>
      {searchParams.get("done") === "added" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("diary.added")}
        </p>
      ) : null}
      {canWrite ? (
        <p>
          <Link
            to={`/families/${familyId}/kinship/diary/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("diary.add")}
          </Link>
        </p>
      ) : null}
      {entries.length === 0 ? <p>{t("diary.none")}</p> : null}
      <ul className="space-y-3">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className="rounded border-2 border-gray-300 bg-white p-3 [overflow-wrap:anywhere] break-words"
          >
            <h2 className="text-lg font-bold">
              <Link to={`/families/${familyId}/kinship/diary/${entry.id}`} className="text-brand underline">
                {entry.day}
              </Link>
            </h2>
            <p className="whitespace-pre-line" dir="auto">
              {entry.preview}
            </p>
            <p className="text-sm text-gray-700">
              {entry.mine
                ? t("diary.byYou")
                : isolatedName((name) => t("diary.by", { name }), entry.authorName)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
