import { expect, expectAccessible, readLinkFromOutbox, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

test("a parent invites a friend, who joins once the social worker agrees", async ({ browser }) => {
  const friendEmail = `friend-${Date.now()}@e2e.example`;

  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, e2ePeople.parent.email);
  await parent
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Network" })
    .click();
  await expect(parent.getByRole("heading", { level: 1, name: "Your safety circle" })).toBeVisible();
  await expectAccessible(parent);
  await parent.getByRole("link", { name: "Invite someone" }).click();
  await expectAccessible(parent);

  // Nothing filled in: every problem is listed, and what was typed stays.
  await parent.getByLabel("Their email address").fill("nope");
  await parent.getByRole("button", { name: "Send the invitation" }).click();
  await expect(parent.getByRole("alert")).toContainText("Enter their name");
  await expect(parent.getByRole("alert")).toContainText("Choose what they will do");
  await expect(parent.getByLabel("Their email address")).toHaveValue("nope");
  await expectAccessible(parent);

  await parent.getByLabel("Their name").fill("Fern Friend");
  await parent.getByLabel("Their email address").fill(friendEmail);
  await parent.getByLabel("How they know the child (optional)").fill("Neighbour");
  await parent.getByRole("radio", { name: /Safety network/ }).check();
  await parent.getByRole("button", { name: "Send the invitation" }).click();
  await expect(parent.getByRole("heading", { name: "Invitations not answered yet" })).toBeVisible();
  await expect(parent.getByRole("button", { name: "Cancel the invitation for Fern Friend" })).toBeVisible();

  // The friend accepts in their own browser.
  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  const link = await readLinkFromOutbox(friend, friendEmail, "invitations");
  await friend.goto(link);
  await expect(friend.getByRole("heading", { name: "You are invited to Safety Circle" })).toBeVisible();
  await expectAccessible(friend);
  await friend.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(friend.getByRole("heading", { level: 1, name: "Your families" })).toBeVisible();
  await expect(friend.getByText(/waiting to join 1 family/)).toBeVisible();

  // The social worker agrees.
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await signIn(worker, e2ePeople.practitioner.email);
  await worker
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Network" })
    .click();
  await expectAccessible(worker);
  await worker.getByRole("button", { name: "Agree that Fern Friend can join" }).click();
  await expect(worker.getByRole("button", { name: "Agree that Fern Friend can join" })).toHaveCount(0);

  await friend.goto("/families");
  await expect(friend.getByRole("heading", { level: 1, name: "Family home" })).toBeVisible();

  // The social worker removes her again: the friend is out on her next request.
  await worker.getByRole("button", { name: "Remove Fern Friend" }).click();
  await expect(worker.getByRole("button", { name: "Remove Fern Friend" })).toHaveCount(0);
  await friend.reload();
  await expect(friend.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  await Promise.all([parentContext.close(), friendContext.close(), workerContext.close()]);
});
