import { db } from "~/utils/db.server";

/** What to do now, from the family's organisation: the social work team's and the out-of-hours numbers. */
export async function whatToDoNumbers({ familyId }: { familyId: string }) {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: { organisation: { select: { name: true, socialWorkPhone: true, outOfHoursPhone: true } } },
  });
  return family.organisation;
}
