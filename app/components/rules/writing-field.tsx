import type { ComponentProps } from "react";

import { TextareaField } from "~/components/forms/textarea-field";
import { textOf } from "~/components/forms/use-server-form";
import { WritingHelper } from "~/components/plan/writing-helper";

/**
 * A textarea with the plan editor's plain-language writing helper under it, for forms on
 * useServerForm (the plan's WritingTextareaField still takes the old props). Only pages that
 * show the helper import it, so only they download its strings.
 */
export function WritingField(props: Omit<ComponentProps<typeof TextareaField>, "after">) {
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
