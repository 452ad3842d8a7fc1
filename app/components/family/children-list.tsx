import type { FormMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/forms/field";
import { Fieldset, Radios } from "~/components/forms/fieldset";
import type { OpenFamilySpaceFields } from "~/modules/family/family-space.schema.server";

type Form = FormMetadata<OpenFamilySpaceFields>;

// Add and Remove are conform's list buttons: the whole form is posted, so nothing typed is lost,
// and the page comes back with the list changed, with JavaScript on or off.
export function ChildrenList({ form }: { form: Form }) {
  const { t } = useTranslation("family-space");
  const children = form.getFieldset().children;
  const list = children.getFieldList();
  return (
    <Fieldset legend={t("open.children")} hint={t("open.childrenHint")} meta={children} large>
      {list.map((child, index) => {
        const item = child.getFieldset();
        const number = index + 1;
        return (
          <div key={child.key} className="mb-4 rounded border border-gray-400 bg-white p-3">
            <h3 className="mb-2 font-bold">{t("open.childN", { number })}</h3>
            <Field meta={item.firstName} label={t("open.firstName")} autoComplete="off" />
            <Radios
              meta={item.born}
              legend={t("open.born")}
              options={[
                { value: "born", label: t("open.bornYes") },
                { value: "expected", label: t("open.bornExpected") },
              ]}
            />
            <Field
              meta={item.dateOfBirth}
              type="date"
              label={t("open.dateOfBirth")}
              hint={t("open.dateOfBirthHint")}
            />
            <Field meta={item.dueDate} type="date" label={t("open.dueDate")} hint={t("open.dueDateHint")} />
            {list.length > 1 ? (
              <button
                type="submit"
                {...form.remove.getButtonProps({ name: children.name, index })}
                className="rounded border-2 border-red-700 px-3 py-1 text-sm text-red-700"
              >
                {t("open.removeChild", { number })}
              </button>
            ) : null}
          </div>
        );
      })}
      <button
        type="submit"
        {...form.insert.getButtonProps({ name: children.name, defaultValue: { born: "" } })}
        id="children-add"
        formAction="#children-add"
        className="scroll-mt-80 rounded border-2 border-brand px-3 py-1 font-bold text-brand"
      >
        {t("open.addChild")}
      </button>
    </Fieldset>
  );
}
