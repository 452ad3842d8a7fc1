// The guide's sections, in the order the index shows them. Headings live in locales/*/guide.json.
export const guideTopics = ["plan", "meetings", "speakingUp", "network", "kinship", "safety"] as const;
export type GuideTopic = (typeof guideTopics)[number];

// Each meeting's explainer, for pages that show a meeting. Slugs are stable: advisers share them.
const meetingArticles = {
  INITIAL_CONFERENCE: "child-protection-conference",
  REVIEW_CONFERENCE: "child-protection-conference",
  CORE_GROUP: "core-groups",
  FAMILY_GROUP_CONFERENCE: "family-group-conferences",
  FAMILY_NETWORK_MEETING: "safety-network",
} as const;

export type ExplainedMeetingType = keyof typeof meetingArticles;

/**
 * The guide article that explains this kind of meeting ("CORE_GROUP", "core-group" and
 * "Core group" all work), or null when there is none.
 */
export function articleForMeetingType(type: string): string | null {
  const key = type
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  return Object.prototype.hasOwnProperty.call(meetingArticles, key)
    ? meetingArticles[key as ExplainedMeetingType]
    : null;
}

/** The address of a guide article. */
export const guideArticlePath = (slug: string) => `/help/guide/${slug}`;

/**
 * The guide grouped by topic, for the family's Help page: a kinship carer sees the topic for
 * grandparents and family carers first, everyone else the guide's usual order.
 */
export function guideSectionsFor<A extends { topic: GuideTopic }>(
  role: string,
  articles: readonly A[],
): { topic: GuideTopic; articles: A[] }[] {
  const order =
    role === "KINSHIP_CARER"
      ? ["kinship" as const, ...guideTopics.filter((topic) => topic !== "kinship")]
      : [...guideTopics];
  return order
    .map((topic) => ({ topic, articles: articles.filter((article) => article.topic === topic) }))
    .filter((section) => section.articles.length > 0);
}
