import type { ComponentProps } from "react";

import { TextareaField } from "~/components/forms/textarea-field";
import { textOf } from "~/components/forms/use-server-form";
import { WritingHelper } from "~/components/plan/writing-helper";

/**
 * A textarea with the plain-language writing helper under it (the plan editor, rules). A
 * component of its own, so only the pages that show the helper import it and download its
 * strings (plan and the 26 kB glossary); the locale namespace test follows imports.
 */
export function WritingTextareaField(props: Omit<ComponentProps<typeof TextareaField>, "after">) {
  const id = props.meta.id;
  return (
    <TextareaField
      {...props}
      after={{
        id: `${id}-helper`,
        node: <WritingHelper fieldId={id} initialText={textOf(props.meta.initialValue)} />,
      }}
    />
  );
}
