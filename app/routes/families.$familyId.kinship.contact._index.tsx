import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ContactGuidance } from "~/components/kinship/contact-form";
import { Link } from "~/components/link";
import { listArrangements } from "~/modules/kinship/contact.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "kinship:contact.title", i18n: ["kinship"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "contact", "view", { context });
  const arrangements = await listArrangements({ familyId: access.familyId });
  return {
    familyId: access.familyId,
    canWrite: can(access, "contact", "write"),
    arrangements: arrangements.map(({ arrangementId, who, whenText, place, supervised, stopped }) => ({
      id: arrangementId,
      who,
      whenText,
      place,
      supervised,
      stopped,
    })),
  };
}

export default function ContactList() {
  const { t } = useTranslation("kinship");
  const { familyId, canWrite, arrangements } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("contact.title")}</h1>
      <p>{t("contact.intro")}</p>
      {searchParams.get("done") === "added" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("contact.added")}
        </p>
      ) : null}
      {canWrite ? (
        <p>
          <Link
            to={`/families/${familyId}/kinship/contact/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("contact.add")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="arrangements">
        <h2 id="arrangements" className="text-xl font-bold">
          {t("contact.listTitle")}
        </h2>
        {arrangements.length === 0 ? <p>{t("contact.none")}</p> : null}
        <ul className="mt-2 space-y-3">
          {arrangements.map((arrangement) => (
            <li
              key={arrangement.id}
              className="rounded border-2 border-gray-300 bg-white p-3 [overflow-wrap:anywhere] break-words"
            >
              <p className="font-bold">
                <Link
                  to={`/families/${familyId}/kinship/contact/${arrangement.id}`}
                  className="text-brand underline"
                  dir="auto"
                >
                  {arrangement.who}
                </Link>
                {arrangement.stopped ? (
                  <span className="ml-2 text-sm font-normal">({t("contact.stopped")})</span>
                ) : null}
              </p>
              <p dir="auto">{arrangement.whenText}</p>
              <p dir="auto">{arrangement.place}</p>
              <p>{t(arrangement.supervised ? "contact.supervisedYes" : "contact.supervisedNo")}</p>
            </li>
          ))}
        </ul>
      </section>
      <ContactGuidance />
    </div>
  );
}
