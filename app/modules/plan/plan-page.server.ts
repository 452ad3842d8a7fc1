import type { Language } from "~/i18n";
import type { FamilyPeople } from "~/modules/family/people.server";
import { linkTexts } from "~/modules/glossary/glossary-links.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { goalsTextFor, planItems } from "~/modules/plan/plan-items";
import type { PlanContent } from "~/modules/plan/plan.schema.server";
import { listCorrections, listViews } from "~/modules/plan/responses.server";

export type ActionGroup = "you" | "network" | "professionals";

/**
 * Everything the reading page needs beside the plan itself: who does each action (grouped
 * for the reader), formatted dates, each item's views and the family's own statements.
 */
export async function planReadingExtras({
  access,
  content,
  formatDate,
  people,
}: {
  access: FamilyAccess;
  content: PlanContent;
  formatDate: (date: Date) => string;
  people: FamilyPeople;
}) {
  const [views, corrections] = await Promise.all([
    listViews({ access, people }),
    listCorrections({ familyId: access.familyId, people }),
  ]);
  const byMembership = new Map(people.active.map((member) => [member.membershipId, member]));
  const actions = Object.fromEntries(
    content.actions.map((action) => {
      const member = action.whoMembershipId ? byMembership.get(action.whoMembershipId) : undefined;
      const group: ActionGroup =
        member?.membershipId === access.membershipId
          ? "you"
          : member && member.role !== "PRACTITIONER" && member.role !== "ADVISER"
            ? "network"
            : "professionals";
      return [
        action.id,
        {
          who: member?.name ?? action.whoName,
          group,
          byWhen: action.byWhen ? formatDate(new Date(action.byWhen)) : null,
        },
      ];
    }),
  );
  const date = (value: string | null) => (value ? formatDate(new Date(value)) : null);
  const currentViews = views.filter((view) => view.current);
  return {
    actions,
    dates: {
      initialConference: date(content.initialConferenceDate),
      nextReview: date(content.nextReviewDate),
    },
    views: currentViews.map((view) => ({
      itemId: view.itemId,
      name: view.name,
      stance: view.stance,
      mine: view.mine,
    })),
    // When the practitioner does not agree, the family's own words stay beside the item in every later version.
    statements: corrections
      .filter((correction) => correction.status === "NOT_AGREED")
      .map((correction) => ({
        itemId: correction.itemId,
        name: correction.name,
        shouldSay: correction.shouldSay,
        whatIsWrong: correction.whatIsWrong,
      })),
    openCorrections: corrections
      .filter((correction) => correction.status === "OPEN")
      .map((correction) => correction.itemId),
  };
}

/**
 * Every text the reading page links terms in (see PlanDocument): the plan's own words and the
 * fixed sentences around them. Linked once per version and language, then kept.
 */
export function planLinkedTexts({
  key,
  language,
  content,
  t,
}: {
  key: string;
  language: Language;
  content: PlanContent;
  t: (key: string, options?: Record<string, unknown>) => string;
}) {
  const texts = [
    t(`level.${content.level}`),
    content.category ? t("read.category", { category: t(`category.${content.category}`) }) : "",
    t("read.notCourtOrder"),
    content.ifNotFollowed || t("read.ifNotFollowedDefault"),
    content.scalingQuestion,
    ...content.worries.flatMap((worry) => [worry.plain, worry.professional, goalsTextFor(content, worry.id)]),
    ...planItems(content).map((item) => item.text),
  ];
  return linkTexts({ key, language, texts });
}
