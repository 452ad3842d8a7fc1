import { expect, expectAccessible, signIn, test } from "./helpers";
import { e2ePeople } from "./people";

// Every form is read and answered by the server the same way, with JavaScript or without: the
// errors are listed at the top, each linked to its field, and what was typed stays.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`a refused form, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("lists each error, links it to its field and keeps what was typed", async ({ page }) => {
      await signIn(page, e2ePeople.parent.email);
      await page
        .getByRole("navigation", { name: "This family's space" })
        .getByRole("link", { name: "Network" })
        .click();
      await page.getByRole("link", { name: "Invite someone" }).click();
      await page.getByLabel("Their name").fill("Fern");
      await page.getByLabel("Their email address").fill("not an email");
      await page.getByRole("button", { name: "Send the invitation" }).click();

      const summary = page.getByRole("alert");
      await expect(summary).toContainText("There is a problem");
      await expect(page.getByRole("textbox", { name: "Their email address" })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(page.getByLabel("Their name")).toHaveValue("Fern");
      await expect(page.getByLabel("Their email address")).toHaveValue("not an email");

      await summary.getByRole("link", { name: "Choose what they will do" }).click();
      await expect(page).toHaveURL(/#invite-role$/);
      await expect(page.getByRole("group", { name: "What will they do?" })).toContainText(
        "Choose what they will do",
      );
      // axe runs its script in the page, so it needs JavaScript; the markup is the same server render.
      if (javaScriptEnabled) await expectAccessible(page);
    });
  });
}
