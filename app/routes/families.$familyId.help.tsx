import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { SectionPreview } from "~/components/section-preview";
import { SharedWithYou } from "~/components/sharing/shared-with-you";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { sharedWithYou } from "~/modules/sharing/sharing.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = {
  titleKey: "family:sections.help.title",
  hydrate: false,
  i18n: ["family", "guide", "kinship"],
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(
    request,
    params.familyId,
    "help",
    "view",
    { context }
  );
  return { shared: await sharedWithYou(request, access) };
}

// One checked national advice line is shown now; the full directory comes with its own issue.
export default function HelpPage() {
  const { t } = useTranslation("help");
  const { shared } = useLoaderData<typeof loader>();
  return (
    <SectionPreview section="help">
      <SharedWithYou items={shared} />
      <section
        aria-labelledby="advice-line"
        className="rounded border-2 border-green-800 bg-white p-4"
      >
        <h2 id="advice-line" className="text-xl font-bold">
          {t("adviceLine.name")}
        </h2>
        <p>{t("adviceLine.description")}</p>
        <p className="mt-2">
          <a
            href="tel:08088010366"
            className="text-2xl font-bold text-brand underline"
          >
            0808 801 0366
          </a>
        </p>
        <p>{t("adviceLine.hours")}</p>
        <p className="text-sm text-gray-700">{t("adviceLine.lastChecked")}</p>
      </section>
      <p>
        <Link to="/help/guide" className="text-brand underline">
          {t("guide:links.help")}
        </Link>
      </p>
      <p>
        <Link to="/directory" className="text-brand underline">
          {t("directory:title")}
        </Link>
      </p>
      <p>
        <Link to="/cover-your-tracks" className="text-brand underline">
          {t("coverTracks.title")}
        </Link>
      </p>
    </SectionPreview>
  );
}
