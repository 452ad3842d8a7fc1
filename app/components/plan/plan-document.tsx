import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { GlossaryText } from "~/components/plan/glossary-text";
import { goalsTextFor } from "~/modules/plan/plan-items";
import type { ActionGroup } from "~/modules/plan/plan-page.server";
import type { PlanContent } from "~/modules/plan/plan.schema.server";

export type PlanExtras = {
  actions: Record<string, { who: string; group: ActionGroup; byWhen: string | null }>;
  dates: { initialConference: string | null; nextReview: string | null };
  views: { itemId: string; name: string; stance: "AGREE" | "NOT_SURE" | "DISAGREE"; mine: boolean }[];
  statements: { itemId: string; name: string; shouldSay: string; whatIsWrong: string }[];
  openCorrections: string[];
};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid space-y-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ItemCard({
  itemId,
  familyId,
  extras,
  children,
}: {
  itemId: string;
  familyId: string;
  extras: PlanExtras;
  children: React.ReactNode;
}) {
  const { t } = useTranslation("plan");
  const views = extras.views.filter((view) => view.itemId === itemId);
  const statements = extras.statements.filter((statement) => statement.itemId === itemId);
  const mine = views.find((view) => view.mine);
  return (
    <li id={`item-${itemId}`} className="card">
      {children}
      {statements.map((statement, index) => (
        <div key={index} className="mt-2 border-l-4 border-purple-700 bg-purple-50 p-2">
          <p className="font-bold">
            {isolatedName((slot) => t("read.familyStatement", { name: slot }), statement.name)}
          </p>
          <p dir="auto">{statement.shouldSay}</p>
        </div>
      ))}
      <p className="no-print mt-2 text-sm">
        {views.length > 0 ? <span>{`${t("read.viewCount", { count: views.length })} `}</span> : null}
        {mine ? <span>{`${t("read.yourView", { stance: t(`stance.${mine.stance}`) })} `}</span> : null}
        {extras.openCorrections.includes(itemId) ? <span>{`${t("read.correctionOpen")} `}</span> : null}
        <Link to={`/families/${familyId}/plan/items/${itemId}`} className="font-bold text-brand underline">
          {t("read.sayWhatYouThink")}
        </Link>
      </p>
    </li>
  );
}

/** The plan as a family reads it: mobile first, plain words, every term explained. */
export function PlanDocument({
  content,
  extras,
  familyId,
}: {
  content: PlanContent;
  extras: PlanExtras;
  familyId: string;
}) {
  const { t } = useTranslation("plan");
  const goalsFor = (worryId: string) => content.goals.filter((goal) => goal.worryId === worryId);
  const groups: ActionGroup[] = ["you", "network", "professionals"];

  return (
    <div className="space-y-8">
      <Section id="about" title={t("read.aboutTitle")}>
        <p>
          <GlossaryText text={t(`level.${content.level}`)} />
          {content.category ? (
            <>
              {" "}
              <GlossaryText text={t("read.category", { category: t(`category.${content.category}`) })} />
            </>
          ) : null}
        </p>
        {extras.dates.initialConference ? (
          <p>{t("read.initialConference", { date: extras.dates.initialConference })}</p>
        ) : null}
        {extras.dates.nextReview ? (
          <p className="font-bold">{t("read.nextReview", { date: extras.dates.nextReview })}</p>
        ) : null}
        <div className="rounded border-l-4 border-brand bg-blue-50 p-3">
          <p className="font-bold">{t("read.notCourtOrderTitle")}</p>
          <p>
            <GlossaryText text={t("read.notCourtOrder")} />
          </p>
        </div>
      </Section>

      <Section id="worries" title={t("read.worriesTitle")}>
        <ul className="space-y-3">
          {content.worries.map((worry) => (
            <ItemCard key={worry.id} itemId={worry.id} familyId={familyId} extras={extras}>
              <p>
                <GlossaryText text={worry.plain} />
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand underline">
                  {t("read.professionalWords")}
                </summary>
                <p className="mt-1 text-gray-800">
                  <GlossaryText text={worry.professional} />
                </p>
              </details>
              {goalsFor(worry.id).length > 0 ? (
                <p className="mt-2 text-sm">
                  {t("read.goalFor")} <GlossaryText text={goalsTextFor(content, worry.id)} />
                </p>
              ) : null}
            </ItemCard>
          ))}
        </ul>
      </Section>

      {content.complicatingFactors.length > 0 ? (
        <Section id="harder" title={t("read.harderTitle")}>
          <ul className="space-y-3">
            {content.complicatingFactors.map((item) => (
              <ItemCard key={item.id} itemId={item.id} familyId={familyId} extras={extras}>
                <GlossaryText text={item.text} />
              </ItemCard>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="going-well" title={t("read.goingWellTitle")}>
        {content.workingWell.length === 0 ? <p>{t("read.noneYet")}</p> : null}
        <ul className="space-y-3">
          {content.workingWell.map((item) => (
            <ItemCard key={item.id} itemId={item.id} familyId={familyId} extras={extras}>
              <GlossaryText text={item.text} />
            </ItemCard>
          ))}
        </ul>
      </Section>

      <Section id="goals" title={t("read.goalsTitle")}>
        <ul className="space-y-3">
          {content.goals.map((goal) => (
            <ItemCard key={goal.id} itemId={goal.id} familyId={familyId} extras={extras}>
              <GlossaryText text={goal.text} />
            </ItemCard>
          ))}
        </ul>
      </Section>

      <Section id="actions" title={t("read.actionsTitle")}>
        {groups.map((group) => {
          const actions = content.actions.filter((action) => extras.actions[action.id]?.group === group);
          if (actions.length === 0) return null;
          return (
            <div key={group} className="space-y-2">
              <h3 className="text-xl font-bold">{t(`read.group.${group}`)}</h3>
              <ul className="space-y-3">
                {actions.map((action) => (
                  <ItemCard key={action.id} itemId={action.id} familyId={familyId} extras={extras}>
                    <p>
                      <GlossaryText text={action.what} />
                    </p>
                    <p className="text-sm">
                      {isolatedName((slot) => t("read.who", { name: slot }), extras.actions[action.id].who)}
                      {extras.actions[action.id].byWhen
                        ? ` ${t("read.byWhen", { date: extras.actions[action.id].byWhen })}`
                        : ""}{" "}
                      <strong>{t(`status.${action.status}`)}</strong>
                    </p>
                  </ItemCard>
                ))}
              </ul>
            </div>
          );
        })}
      </Section>

      <Section id="not-followed" title={t("read.ifNotFollowedTitle")}>
        <p>
          <GlossaryText text={content.ifNotFollowed || t("read.ifNotFollowedDefault")} />
        </p>
      </Section>

      {content.scalingQuestion ? (
        <Section id="scale-question" title={t("read.scaleTitle")}>
          <p>
            <GlossaryText text={content.scalingQuestion} />
          </p>
          <p className="no-print">
            <Link to={`/families/${familyId}/plan/scale`} className="font-bold text-brand underline">
              {t("read.scaleLink")}
            </Link>
          </p>
        </Section>
      ) : null}
    </div>
  );
}
