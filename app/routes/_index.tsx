import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { SetUpNeeded } from "~/components/organisation/set-up-needed";
import { getSignedInPerson } from "~/modules/auth/session.server";
import { setUpNeeded } from "~/modules/organisation/setup.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "home.title", i18n: ["organisation"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSignedInPerson(request, context)) throw redirect("/families");
  return { setUpNeeded: await setUpNeeded() };
}

const points = ["plan", "rules", "meetings", "help"] as const;

export default function Index() {
  const { t } = useTranslation();
  const { setUpNeeded } = useLoaderData<typeof loader>();
  if (setUpNeeded) return <SetUpNeeded />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("home.title")}</h1>
      <p className="text-lg">{t("home.intro")}</p>
      <ul className="list-disc space-y-2 pl-6">
        {points.map((point) => (
          <li key={point}>{t(`home.points.${point}`)}</li>
        ))}
      </ul>
      <p>{t("home.whoFor")}</p>
      <p>
        <Link
          to="/sign-in"
          className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("home.signIn")}
        </Link>
      </p>
      <p>{t("home.invited")}</p>
    </div>
  );
}
