import { demoPeople } from "~/modules/demo/demo-people";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/** Only when asked for, and never in production (the settings check refuses that at boot too). */
export function isDemoMode(): boolean {
  const env = getEnv();
  return env.DEMO_MODE && env.APP_ENV !== "production";
}

/** The demo people that exist in this database, with the id the "sign in as" form posts. */
export async function listDemoPeople() {
  const people = await db.person.findMany({
    where: { email: { in: demoPeople.map((person) => person.email) } },
    select: { id: true, email: true, name: true },
  });
  return demoPeople.flatMap((demo) => {
    const person = people.find((row) => row.email === demo.email);
    return person ? [{ id: person.id, name: person.name, key: demo.key }] : [];
  });
}

export async function isDemoPerson(personId: string): Promise<boolean> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { email: true } });
  return Boolean(person && demoPeople.some((demo) => demo.email === person.email));
}
