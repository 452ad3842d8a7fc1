import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ServiceCard } from "~/components/directory/service-card";
import { Link } from "~/components/link";
import { serviceSummary } from "~/modules/directory/directory-view.server";
import {
  directoryAudiences,
  directoryCategories,
  directoryLanguages,
} from "~/modules/directory/directory.constants";
import { parseDirectorySearch } from "~/modules/directory/directory.schema.server";
import { listDirectory } from "~/modules/directory/directory.server";
import { hiddenNationalServicesFor } from "~/modules/organisation/settings.server";
import { getOrganisationScope, organisationsWith } from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
import { requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "directory:title" };

// Public on purpose: the national list helps people before they sign in. Signed in, a person
// also sees the directories of their family's council and of their own organisation.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = parseDirectorySearch(url);
  const [scope, language] = await Promise.all([
    getOrganisationScope(request, context),
    requestLanguage(request),
  ]);
  // A family sees the national services its council shows.
  const hidden = await hiddenNationalServicesFor(scope?.familyOrganisations ?? []);
  const { entries, hasMore, page } = await listDirectory(scope?.readable ?? [], filters, language, hidden);
  const now = new Date();
  const languageNames = new Intl.DisplayNames([language === "cy" ? "cy" : "en"], { type: "language" });
  return {
    filters,
    page,
    hasMore,
    services: entries.map((entry) => serviceSummary(entry.id, entry.service, now, language)),
    languages: directoryLanguages.map((code) => ({ code, name: languageNames.of(code) ?? code })),
    canEdit: organisationsWith(scope, "directory", "edit").length > 0,
  };
}

function pageLink(filters: Record<string, string | number | undefined>, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page }))
    if (value !== undefined) params.set(key, String(value));
  return `/directory?${params}`;
}

export default function Directory() {
  const { t } = useTranslation("directory");
  const { filters, services, hasMore, page, languages, canEdit } = useLoaderData<typeof loader>();
  const select = (
    name: "category" | "audience" | "language",
    options: { value: string; label: string }[],
  ) => (
    <div className="mb-4">
      <label htmlFor={name} className="block font-bold">
        {t(`search.${name}`)}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={filters[name] ?? ""}
        className="mt-1 block w-full max-w-md rounded border-2 border-gray-800 bg-white px-2 py-2"
      >
        <option value="">{t("search.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {canEdit ? (
        <p className="flex flex-wrap gap-4">
          <Link to="/directory/new" className="text-brand underline">
            {t("edit.add")}
          </Link>
          <Link to="/directory/file" className="text-brand underline">
            {t("file.title")}
          </Link>
        </p>
      ) : null}
      <Form method="get" role="search" aria-labelledby="search-legend" className="rounded bg-white p-4">
        <h2 id="search-legend" className="mb-3 text-xl font-bold">
          {t("search.legend")}
        </h2>
        <div className="mb-4">
          <label htmlFor="q" className="block font-bold">
            {t("search.q")}
          </label>
          <p id="q-hint" className="text-sm text-gray-700">
            {t("search.qHint")}
          </p>
          <input
            id="q"
            name="q"
            type="search"
            dir="auto"
            aria-describedby="q-hint"
            defaultValue={filters.q ?? ""}
            className="mt-1 block w-full max-w-md rounded border-2 border-gray-800 px-2 py-2"
          />
        </div>
        {select(
          "category",
          directoryCategories.map((code) => ({ value: code, label: t(`categories.${code}`) })),
        )}
        {select(
          "audience",
          directoryAudiences.map((code) => ({ value: code, label: t(`audiences.${code}`) })),
        )}
        {select(
          "language",
          languages.map((language) => ({ value: language.code, label: language.name })),
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
          >
            {t("search.submit")}
          </button>
          <Link to="/directory" className="text-brand underline">
            {t("search.clear")}
          </Link>
        </div>
      </Form>
      <p role="status">
        {services.length === 0 ? t("search.none") : t("search.count", { count: services.length })}{" "}
        {hasMore ? t("search.more") : null}
      </p>
      <ul aria-label={t("search.results")} className="space-y-4">
        {services.map((service) => (
          <ServiceCard key={service.id} service={service} />
        ))}
      </ul>
      <nav aria-label={t("search.legend")} className="flex gap-4">
        {page > 1 ? (
          <Link to={pageLink(filters, page - 1)} className="text-brand underline">
            {t("search.previous")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link to={pageLink(filters, page + 1)} className="text-brand underline">
            {t("search.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
