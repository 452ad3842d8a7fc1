import { useTranslation } from "react-i18next";

import { Field } from "~/components/forms/field";
import type { FieldMeta } from "~/components/forms/use-server-form";

type WhenMetas = {
  date: FieldMeta;
  start: FieldMeta;
  end: FieldMeta;
  place: FieldMeta;
  onlineLink: FieldMeta;
};

/** Date, start, end, place and link: the same fields to book a meeting and to move it. */
export function MeetingWhenFields({ fields }: { fields: WhenMetas }) {
  const { t } = useTranslation("meetings");
  return (
    <>
      <Field
        meta={fields.date}
        label={t("book.date")}
        hint={t("book.dateHint")}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        meta={fields.start}
        label={t("book.start")}
        hint={t("book.timeHint")}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        meta={fields.end}
        label={t("book.end")}
        hint={t("book.timeHint")}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field meta={fields.place} label={t("book.place")} hint={t("book.placeHint")} autoComplete="off" />
      <Field
        meta={fields.onlineLink}
        type="url"
        label={t("book.onlineLink")}
        hint={t("book.onlineLinkHint")}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
