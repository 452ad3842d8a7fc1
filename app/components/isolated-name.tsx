import { Fragment, type ReactNode } from "react";

// A private-use character that never occurs in our strings: it marks where the name goes.
const SLOT = "\uE000";

/**
 * A translated sentence with someone's name (their own words) inside `<bdi>`, so its
 * direction cannot spill into the sentence. Unlike isolate marks in the text, `<bdi>` leaves
 * the accessible name plain, so screen readers and voice control read it as written.
 * Usage: `isolatedName((name) => t("approve", { name }), member.name)`.
 */
export function isolatedName(sentence: (slot: string) => string, name: string): ReactNode {
  const parts = sentence(SLOT).split(SLOT);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <bdi>{name}</bdi> : null}
      {part}
    </Fragment>
  ));
}
