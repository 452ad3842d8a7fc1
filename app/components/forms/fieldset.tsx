import type { ReactNode } from "react";

import { FieldError } from "~/components/forms/field";
import { listOf, textOf, type FieldMeta } from "~/components/forms/use-server-form";

type FieldsetProps = {
  legend: ReactNode;
  hint?: ReactNode;
  /** The group's field, when the group is one answer (radios, checkboxes); its error shows here. */
  meta?: FieldMeta;
  /** Show the legend as the page's question (bigger), as GOV.UK does for one-question pages. */
  large?: boolean;
  children: ReactNode;
};

/** A group of controls with a legend, a hint and the group's error. */
export function Fieldset({ legend, hint, meta, large, children }: FieldsetProps) {
  const error = meta?.errors?.[0];
  const hintId = hint && meta ? meta.descriptionId : undefined;
  const describedBy = [hintId, error && meta ? meta.errorId : undefined].filter(Boolean).join(" ");
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className={large ? "text-xl font-bold" : "font-bold"}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {meta ? <FieldError id={meta.errorId} error={error} /> : null}
      {children}
    </fieldset>
  );
}

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

type ChoiceProps = {
  meta: FieldMeta;
  legend: ReactNode;
  hint?: ReactNode;
  large?: boolean;
  options: readonly Option[];
};

function Choice({
  type,
  meta,
  option,
  index,
  checked,
}: {
  type: "radio" | "checkbox";
  meta: FieldMeta;
  option: Option;
  index: number;
  checked: boolean;
}) {
  // The first option carries the field's id, so the error summary's link lands on the group.
  const id = index === 0 ? meta.id : `${meta.id}-${option.value}`;
  return (
    <div className="mt-2 flex items-start gap-2">
      <input
        key={meta.key}
        type={type}
        name={meta.name}
        value={option.value}
        id={id}
        defaultChecked={checked}
        className="mt-1 h-5 w-5 shrink-0"
      />
      <label htmlFor={id}>
        {option.hint ? <span className="font-bold">{option.label}</span> : option.label}
        {option.hint ? <span className="block text-sm text-gray-700">{option.hint}</span> : null}
      </label>
    </div>
  );
}

/** One answer from a short list. */
export function Radios({ meta, legend, hint, large, options }: ChoiceProps) {
  const chosen = textOf(meta.initialValue);
  return (
    <Fieldset legend={legend} hint={hint} meta={meta} large={large}>
      {options.map((option, index) => (
        <Choice
          key={option.value}
          type="radio"
          meta={meta}
          option={option}
          index={index}
          checked={chosen === option.value}
        />
      ))}
    </Fieldset>
  );
}

/** Any number of answers from a list; the field is posted once per ticked box. */
export function Checkboxes({ meta, legend, hint, large, options }: ChoiceProps) {
  const chosen = new Set(listOf(meta.initialValue));
  return (
    <Fieldset legend={legend} hint={hint} meta={meta} large={large}>
      {options.map((option, index) => (
        <Choice
          key={option.value}
          type="checkbox"
          meta={meta}
          option={option}
          index={index}
          checked={chosen.has(option.value)}
        />
      ))}
    </Fieldset>
  );
}
