import type { ComponentProps } from "react";

import { LegacyTextareaField as TextareaField } from "~/components/forms/legacy";
import { WritingHelper } from "~/components/plan/writing-helper";

/**
 * A textarea with the plain-language writing helper under it. A component of its own, so only
 * the pages that show the helper import it and download its strings (plan and the 26 kB
 * glossary); the locale namespace test follows imports.
 */
export function WritingTextareaField(props: Omit<ComponentProps<typeof TextareaField>, "after">) {
  const id = props.id ?? props.name;
  return (
    <TextareaField
      {...props}
      after={{ id: `${id}-helper`, node: <WritingHelper fieldId={id} initialText={props.defaultValue} /> }}
    />
  );
}
