// Questions between visits. A family member asks the family's social worker, or an adviser in the
// family, a question in their own words; both then reply in the thread. A thread is read only by
// the two of them: every query below carries that rule in its WHERE clause (threadOf), so anyone
// else's thread is missing for them, exactly like one that does not exist (the route answers 404).
// Messages are kept as written (the databases refuse to change them); the asker's flag ("too
// much right now", "can we move this?") is the thread's one changing field, each change audited.
import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import { notify } from "~/modules/notices/notices.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";

import type { AskInput, QuestionFlag } from "./questions.schema.server";

/** Who reads a thread: the one who asked and the one asked. The one rule, used by every read. */
function threadOf(familyId: string, personId: string) {
  return { familyId, OR: [{ askerId: personId }, { askedId: personId }] };
}

export type Askable = { personId: string; name: string; role: "PRACTITIONER" | "ADVISER" };

/**
 * Whom a family member can ask: the family's social worker (the lead, while their membership is
 * active) and the family's active advisers. Never anyone else, whatever a form posts.
 */
export async function whoCanBeAsked({ familyId }: { familyId: string }): Promise<Askable[]> {
  const [family, people] = await Promise.all([
    db.family.findUniqueOrThrow({ where: { id: familyId }, select: { socialWorkerId: true } }),
    familyPeople({ familyId }),
  ]);
  const worker = people
    .activeIn(["PRACTITIONER"])
    .find((person) => person.personId === family.socialWorkerId);
  return [
    ...(worker ? [{ personId: worker.personId, name: worker.name, role: "PRACTITIONER" as const }] : []),
    ...people
      .activeIn(["ADVISER"])
      .map((adviser) => ({ personId: adviser.personId, name: adviser.name, role: "ADVISER" as const })),
  ];
}

/**
 * Asks a question: the thread and its first message, then the one asked is told (discreetly).
 * Null when `to` is not someone this family can ask.
 */
export async function askQuestion({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: AskInput;
  request: Request;
}): Promise<string | null> {
  const { familyId } = access;
  const asked = (await whoCanBeAsked({ familyId })).find((person) => person.personId === input.to);
  if (!asked || asked.personId === access.person.id) return null;
  const id = await db.$transaction(async (tx) => {
    const question = await tx.question.create({
      data: {
        familyId,
        askerId: access.person.id,
        askedId: asked.personId,
        toSocialWorker: asked.role === "PRACTITIONER",
      },
      select: { id: true },
    });
    await tx.questionMessage.create({
      data: { questionId: question.id, familyId, authorId: access.person.id, text: input.text },
    });
    return question.id;
  });
  await recordAudit({
    request,
    action: "questions.ask",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "question",
    entityId: id,
  });
  await notify({ familyId, event: "question.asked", subjectId: id, actorId: access.person.id });
  return id;
}

/** The threads this person asked or was asked in the family, newest activity first. */
export async function listQuestions({ access }: { access: FamilyAccess }) {
  const { familyId } = access;
  const me = access.person.id;
  const [threads, people] = await Promise.all([
    db.question.findMany({
      where: threadOf(familyId, me),
      select: {
        id: true,
        askerId: true,
        askedId: true,
        flag: true,
        createdAt: true,
        _count: { select: { messages: true } },
        messages: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          // Only the first message's words are shown; its other text is not loaded.
          take: 1,
          select: { text: true },
        },
      },
      // Question has no last-activity column to sort on, so the newest 200 by creation are taken
      // and sorted by their last message below; an older thread with a new reply can miss the cut.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
    }),
    familyPeople({ familyId }),
  ]);
  // Who wrote last, and when, per thread. Prisma cannot select one relation twice (first and
  // last), so the last messages come in one more query, without their text.
  const lastMessages = await db.questionMessage.findMany({
    where: { familyId, questionId: { in: threads.map((thread) => thread.id) } },
    orderBy: [{ questionId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    distinct: ["questionId"],
    select: { questionId: true, authorId: true, createdAt: true },
  });
  const lastOf = new Map(lastMessages.map((message) => [message.questionId, message]));
  return threads
    .map((thread) => {
      const first = thread.messages[0];
      const last = lastOf.get(thread.id);
      const asker = thread.askerId === me;
      return {
        id: thread.id,
        asker,
        otherName: people.nameOfPerson(asker ? thread.askedId : thread.askerId),
        flag: thread.flag,
        firstWords: first ? firstWords(first.text) : "",
        replies: Math.max(thread._count.messages - 1, 0),
        lastAt: last?.createdAt ?? thread.createdAt,
        // The last word is the other person's: there is something new to read.
        waitingForMe: last ? last.authorId !== me : false,
      };
    })
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}

const firstWords = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);

/** One thread, with every message, if this person asked it or was asked it; otherwise null. */
export async function getQuestion({ access, questionId }: { access: FamilyAccess; questionId: string }) {
  const { familyId } = access;
  const me = access.person.id;
  const thread = await db.question.findFirst({
    where: { id: questionId, ...threadOf(familyId, me) },
    select: {
      id: true,
      askerId: true,
      askedId: true,
      flag: true,
      createdAt: true,
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorId: true, text: true, createdAt: true },
      },
    },
  });
  if (!thread) return null;
  const people = await familyPeople({ familyId });
  return {
    id: thread.id,
    asker: thread.askerId === me,
    askerName: people.nameOfPerson(thread.askerId),
    askedName: people.nameOfPerson(thread.askedId),
    flag: thread.flag,
    messages: thread.messages.map((message) => ({
      id: message.id,
      mine: message.authorId === me,
      authorName: people.nameOfPerson(message.authorId),
      text: message.text,
      at: message.createdAt,
    })),
  };
}

/**
 * A reply in a thread by either of its two people, kept as a new row; the other one is told.
 * False when the thread is not theirs (or not there).
 */
export async function replyToQuestion({
  access,
  questionId,
  text,
  request,
}: {
  access: FamilyAccess;
  questionId: string;
  text: string;
  request: Request;
}): Promise<boolean> {
  const { familyId } = access;
  const me = access.person.id;
  const thread = await db.question.findFirst({
    where: { id: questionId, ...threadOf(familyId, me) },
    select: { id: true, askerId: true, askedId: true },
  });
  if (!thread) return false;
  await db.questionMessage.create({ data: { questionId: thread.id, familyId, authorId: me, text } });
  await recordAudit({
    request,
    action: "questions.reply",
    actorId: me,
    role: access.role,
    familyId,
    entity: "question",
    entityId: thread.id,
  });
  await notify({ familyId, event: "question.replied", subjectId: thread.id, actorId: me });
  return true;
}

/**
 * The asker marks their thread "This is too much right now" or "Can we move this?", or takes the
 * mark back ("NONE"). Only the asker: false for anyone else (the route answers 404).
 */
export async function setQuestionFlag({
  access,
  questionId,
  flag,
  request,
}: {
  access: FamilyAccess;
  questionId: string;
  flag: QuestionFlag | "NONE";
  request: Request;
}): Promise<boolean> {
  const { familyId } = access;
  const changed = await db.question.updateMany({
    where: { id: questionId, familyId, askerId: access.person.id },
    data: flag === "NONE" ? { flag: null, flaggedAt: null } : { flag, flaggedAt: new Date() },
  });
  if (changed.count !== 1) return false;
  await recordAudit({
    request,
    action: flag === "NONE" ? "questions.unflag" : `questions.flag.${flag}`,
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "question",
    entityId: questionId,
  });
  return true;
}

/**
 * A hand-over moves the threads asked of the family's social worker to the new one, with their
 * history; threads asked of an adviser stay theirs. Run inside the hand-over's transaction.
 */
export async function handOverQuestions({
  familyId,
  fromPersonId,
  toPersonId,
}: {
  familyId: string;
  fromPersonId: string;
  toPersonId: string;
}) {
  await db.question.updateMany({
    where: { familyId, askedId: fromPersonId, toSocialWorker: true },
    data: { askedId: toPersonId },
  });
}

/** The questions a person asked, with every message, for their own copy of their data. */
export async function questionsAskedBy({
  familyId,
  personId,
  people,
}: {
  familyId: string;
  personId: string;
  people: Awaited<ReturnType<typeof familyPeople>>;
}) {
  const threads = await db.question.findMany({
    where: { familyId, askerId: personId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      askedId: true,
      createdAt: true,
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { authorId: true, text: true, createdAt: true },
      },
    },
  });
  return threads.map((thread) => ({
    askedName: people.nameOfPerson(thread.askedId),
    askedAt: thread.createdAt,
    messages: thread.messages.map((message) => ({
      byName: people.nameOfPerson(message.authorId),
      text: message.text,
      at: message.createdAt,
    })),
  }));
}
