import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { Checkboxes } from "~/components/forms/fieldset";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { adviserAreas } from "~/modules/permissions/matrix";

type Props = {
  adviser: { membershipId: string; name: string; revision: number; view: Record<string, boolean> };
  /** The refused post for this adviser, if any: its boxes come back as they were ticked. */
  reply: FormReply | null;
};

/** The family's choice of what one adviser sees: a box per part of the family's space. */
export function AdviserForm({ adviser, reply }: Props) {
  const { t } = useTranslation("kinship");
  const [form, fields] = useServerForm({
    id: `view-${adviser.membershipId}`,
    lastResult: reply,
    defaultValue: { areas: adviserAreas.filter((area) => adviser.view[area]) },
  });
  return (
    <CreateForm id={form.id} className="mt-3">
      <input type="hidden" name="membershipId" value={adviser.membershipId} />
      <input type="hidden" name="revision" value={adviser.revision} />
      <Checkboxes
        meta={fields.areas}
        legend={isolatedName((name) => t("advisers.legend", { name }), adviser.name)}
        options={adviserAreas.map((area) => ({ value: area, label: t(`advisers.areas.${area}`) }))}
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {isolatedName((name) => t("advisers.save", { name }), adviser.name)}
      </button>
    </CreateForm>
  );
}
