import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { listQuestions } from "~/modules/questions/questions.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "questions:list.title", i18n: ["questions"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "questions", "view", { context });
  const [threads, numbers, format] = await Promise.all([
    listQuestions({ access }),
    whatToDoNumbers({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    canAsk: can(access, "questions", "ask"),
    socialWorkPhone: numbers.socialWorkPhone,
    outOfHoursPhone: numbers.outOfHoursPhone,
    threads: threads.map((thread) => ({
      id: thread.id,
      asker: thread.asker,
      otherName: thread.otherName,
      flag: thread.flag,
      firstWords: thread.firstWords,
      replies: thread.replies,
      lastAt: format(thread.lastAt),
      waitingForMe: thread.waitingForMe,
    })),
  };
}

export default function QuestionList() {
  const { t } = useTranslation("questions");
  const { familyId, canAsk, socialWorkPhone, outOfHoursPhone, threads } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("list.title")}</h1>
      <p>{t(canAsk ? "list.intro" : "list.introStaff")}</p>
      {canAsk ? (
        <p>
          <Link
            to={`/families/${familyId}/questions/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("list.ask")}
          </Link>
        </p>
      ) : null}
      <WhatToDoNow
        socialWorkPhone={socialWorkPhone}
        outOfHoursPhone={outOfHoursPhone}
        title={t("crisis.title")}
      >
        <p className="mt-2">{t("crisis.notUrgent")}</p>
      </WhatToDoNow>
      <section aria-labelledby="threads-heading" className="space-y-3">
        <h2 id="threads-heading" className="text-xl font-bold">
          {t(canAsk ? "list.mine" : "list.askedOfMe")}
        </h2>
        {threads.length === 0 ? <p>{t("list.none")}</p> : null}
        <ul className="space-y-3">
          {threads.map((thread) => (
            <li
              key={thread.id}
              className="rounded border-2 border-gray-300 bg-white p-3 [overflow-wrap:anywhere] break-words"
            >
              <h3 className="text-lg font-bold">
                <Link to={`/families/${familyId}/questions/${thread.id}`} className="text-brand underline">
                  {thread.asker
                    ? isolatedName((name) => t("list.toName", { name }), thread.otherName)
                    : isolatedName((name) => t("list.fromName", { name }), thread.otherName)}
                </Link>
              </h3>
              <p className="whitespace-pre-line" dir="auto">
                {thread.firstWords}
              </p>
              <p className="text-sm text-gray-700">
                {t("list.replies", { count: thread.replies })} {t("list.lastAt", { date: thread.lastAt })}
              </p>
              {thread.waitingForMe ? <p className="font-bold">{t("list.newForYou")}</p> : null}
              {thread.flag ? (
                <p className="font-bold text-red-800">
                  {t("list.flagged", { flag: t(`flag.${thread.flag}`) })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
