import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";

type Props = {
  /** A link back to the thing being edited. */
  back: ReactNode;
  title: ReactNode;
  intro: ReactNode;
  /** Heading over the version someone saved first. */
  theirsTitle: ReactNode;
  /** That saved version, shown as the page shows it. */
  theirs: ReactNode;
  mineTitle: ReactNode;
  mineHint: ReactNode;
  /** The form again, filled with what this person wrote, based on the saved version. */
  form: ReactNode;
};

/**
 * The page shown when someone else (or this person, in another tab) saved first: their version
 * to read, then this person's words, kept, in a form that now saves on top of that version.
 */
export function ConflictPage({ back, title, intro, theirsTitle, theirs, mineTitle, mineHint, form }: Props) {
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{intro}</p>
      <section aria-labelledby="conflict-theirs" className="rounded border-2 border-gray-500 bg-white p-3">
        <h2 id="conflict-theirs" className="text-xl font-bold">
          {theirsTitle}
        </h2>
        {theirs}
      </section>
      <section aria-labelledby="conflict-mine" className="space-y-3">
        <h2 id="conflict-mine" className="text-xl font-bold">
          {mineTitle}
        </h2>
        <p>{mineHint}</p>
        {form}
      </section>
    </div>
  );
}

/** The namespaces whose `conflict.*` keys word a "saved first" page. */
type SavedFirstNamespace = "plan" | "rules";

/** What a "saved first" page is given; `theirs` is the saved version, as the page's own type. */
export type SavedFirstProps<Theirs> = {
  back: ReactNode;
  bySelf: boolean;
  theirsBy: string;
  theirs: Theirs;
  form: ReactNode;
};

/**
 * The conflict page in the words of one namespace's `conflict.*` keys: "you saved first in
 * another tab" or "<name> saved first", then the saved version and this person's words.
 */
export function SavedFirstConflict({
  ns,
  back,
  bySelf,
  theirsBy,
  theirs,
  form,
}: SavedFirstProps<ReactNode> & { ns: SavedFirstNamespace }) {
  const { t, i18n } = useTranslation(ns);
  const selfHint = bySelf && i18n.exists(`${ns}:conflict.selfMineHint`);
  return (
    <ConflictPage
      back={back}
      title={bySelf ? t("conflict.selfTitle") : t("conflict.title")}
      intro={
        bySelf
          ? t("conflict.selfIntro")
          : isolatedName((slot) => t("conflict.intro", { name: slot }), theirsBy)
      }
      theirsTitle={
        bySelf
          ? t("conflict.selfTheirs")
          : isolatedName((slot) => t("conflict.theirs", { name: slot }), theirsBy)
      }
      theirs={theirs}
      mineTitle={t("conflict.mine")}
      mineHint={selfHint ? t("conflict.selfMineHint") : t("conflict.mineHint")}
      form={form}
    />
  );
}
