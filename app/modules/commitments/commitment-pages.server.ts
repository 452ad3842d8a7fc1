// What the commitment pages show, worked out on the server so routes stay thin.
import {
  activeAndOfferedWithCheckIns,
  activeCommitmentsWithCheckIns,
  couldNotFor,
  listCommitments,
  missedFor,
  waitsForYesFrom,
  type Commitment,
} from "~/modules/commitments/commitments.server";
import { coverageGaps, coverageWeek, occurrencesBetween } from "~/modules/commitments/schedule";
import { familyPeople } from "~/modules/family/people.server";
import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { addDays, mondayOf, ukInstant, ukParts } from "~/utils/uk-time";

export type MissedView = {
  key: string;
  commitmentId: string;
  who: string;
  kind: string;
  date: string;
  time: string;
};

/** Missed check-ins as the viewer may see them, with names and UK dates ready to show. */
export function missedView(
  access: Pick<FamilyAccess, "role" | "membershipId">,
  commitments: Parameters<typeof missedFor>[1],
  names: (membershipId: string) => string,
  formatDate: (date: Date) => string,
  now: Date,
): MissedView[] {
  return missedFor(access, commitments, now).map((missed) => ({
    key: `${missed.commitmentId}-${missed.occurrence.key}`,
    commitmentId: missed.commitmentId,
    who: names(missed.membershipId),
    kind: missed.kind,
    date: formatDate(missed.occurrence.startsAt),
    time: missed.occurrence.slot.start,
  }));
}

export async function commitmentsPage({
  access,
  formatDate,
  now = new Date(),
}: {
  access: FamilyAccess;
  formatDate: (date: Date) => string;
  now?: Date;
}) {
  const [all, active, people] = await Promise.all([
    listCommitments({ familyId: access.familyId }),
    activeCommitmentsWithCheckIns({ familyId: access.familyId, now }),
    // Past members too: a commitment outlives a membership.
    familyPeople({ familyId: access.familyId }),
  ]);
  const nameOf = people.nameOfMember;
  const shown = (commitment: Commitment) => ({
    id: commitment.id,
    who: nameOf(commitment.membershipId),
    mine: commitment.membershipId === access.membershipId,
    kind: commitment.kind,
    words: commitment.words,
    slots: commitment.slots,
    status: commitment.status,
    statusReason: commitment.statusReason,
    start: formatDate(ukInstant(commitment.startDate, "12:00")),
    end: commitment.endDate ? formatDate(ukInstant(commitment.endDate, "12:00")) : null,
  });
  return {
    commitments: all.map(shown),
    missed: missedView(access, active, nameOf, formatDate, now),
  };
}

/** The coverage week: who is around in each part of each day, from agreed commitments, and the gaps. */
export async function coveragePage({ familyId, now = new Date() }: { familyId: string; now?: Date }) {
  const monday = mondayOf(now);
  const active = await activeCommitmentsWithCheckIns({ familyId, now });
  const week = coverageWeek(
    active.map((commitment) => ({
      id: commitment.id,
      who: commitment.keeperName,
      slots: commitment.slots,
      startDate: commitment.startDate,
      endDate: commitment.endDate,
    })),
    monday,
  );
  return {
    monday,
    week,
    gaps: coverageGaps(week),
    anyone: active.length > 0,
    today: ukParts(now).date,
    sunday: addDays(monday, 6),
  };
}

/**
 * The family home's part: the viewer's own promises this week (each time, and whether it has a
 * check-in), the offers waiting for their yes, and the missed and "could not" check-ins they
 * should see. ONE SQL statement, none without the right.
 */
export async function homeCommitments({
  access,
  formatDate,
  now = new Date(),
}: {
  access: FamilyAccess;
  formatDate: (date: Date) => string;
  now?: Date;
}) {
  if (!allows(access, "commitments", "view")) return null;
  const all = await activeAndOfferedWithCheckIns({ familyId: access.familyId, now });
  const active = all.filter((commitment) => commitment.status === "ACTIVE");
  const monday = mondayOf(now);
  const mine = active
    .filter((commitment) => commitment.membershipId === access.membershipId)
    .flatMap((commitment) =>
      occurrencesBetween(commitment, monday, addDays(monday, 6)).map((occurrence) => ({
        key: `${commitment.id}-${occurrence.key}`,
        commitmentId: commitment.id,
        kind: commitment.kind,
        date: formatDate(occurrence.startsAt),
        start: occurrence.slot.start,
        end: occurrence.slot.end,
        checkedIn: commitment.checkedIn.has(occurrence.key),
      })),
    );
  const names = new Map(all.map((commitment) => [commitment.membershipId, commitment.keeperName]));
  const nameOf = (membershipId: string) => names.get(membershipId) ?? "";
  return {
    thisWeek: mine,
    waiting: all
      .filter((commitment) => waitsForYesFrom(access, commitment))
      .map((commitment) => ({
        commitmentId: commitment.id,
        who: nameOf(commitment.membershipId),
        kind: commitment.kind,
      })),
    missed: missedView(access, active, nameOf, formatDate, now),
    couldNot: couldNotFor(access, all).map((item) => {
      const [date, time] = item.occurrence.split("T");
      return {
        key: `${item.commitmentId}-${item.occurrence}`,
        commitmentId: item.commitmentId,
        who: nameOf(item.membershipId),
        kind: item.kind,
        date: formatDate(ukInstant(date, time)),
        time,
      };
    }),
  };
}
