import { useTranslation } from "react-i18next";

import { LegacyField as Field } from "~/components/forms/legacy";

type Values = Record<string, string | undefined>;

/** Date, start, end, place and link: the same fields to book a meeting and to move it. */
export function MeetingWhenFields({ values, errors }: { values: Values; errors: Values }) {
  const { t } = useTranslation("meetings");
  return (
    <>
      <Field
        name="date"
        label={t("book.date")}
        hint={t("book.dateHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.date ?? ""}
        error={errors.date}
      />
      <Field
        name="start"
        label={t("book.start")}
        hint={t("book.timeHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.start ?? ""}
        error={errors.start}
      />
      <Field
        name="end"
        label={t("book.end")}
        hint={t("book.timeHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.end ?? ""}
        error={errors.end}
      />
      <Field
        name="place"
        label={t("book.place")}
        hint={t("book.placeHint")}
        autoComplete="off"
        defaultValue={values.place ?? ""}
        error={errors.place}
      />
      <Field
        name="onlineLink"
        type="url"
        label={t("book.onlineLink")}
        hint={t("book.onlineLinkHint")}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.onlineLink ?? ""}
        error={errors.onlineLink}
      />
    </>
  );
}
