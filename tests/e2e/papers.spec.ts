import type { Page } from "@playwright/test";

import { expect, expectAccessible, personPage, test } from "./helpers";
import { e2ePapersFamily, e2ePeople } from "./people";

// A small real PDF, made here: the app checks the type, the name and that it starts with "%PDF-".
const pdf = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);
// Script text with a PDF's name and type: refused on its content.
const script = Buffer.from('<script>alert("not a report")</script>\n');
const summary = "The report says Moss is doing well at nursery. It asks for one more visit each week.";

async function openMeeting(page: Page) {
  await page
    .getByRole("navigation", { name: "This family's space" })
    .getByRole("link", { name: "Meetings" })
    .click();
  await page.getByRole("link", { name: "Core group meeting" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Core group meeting" })).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test("the social worker adds a report's PDF with a summary, and the invited parent downloads it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The form is a real multipart post: it works with JavaScript off. (axe needs JavaScript: the
  // social worker's pages are scanned at the end, in a browser with it on.)
  const worker = await personPage(browser, e2ePeople.paperWorker.email, { javaScript: false });
  await openMeeting(worker);
  await expect(worker.getByText(e2ePapersFamily.paper)).toBeVisible();
  await worker.getByRole("link", { name: "Add the PDF of this paper" }).click();
  await expect(worker.getByRole("heading", { level: 1, name: "Add the PDF of a paper" })).toBeVisible();

  // Script text renamed report.pdf is refused in plain words, and the summary is kept.
  await worker.getByLabel("The PDF file").setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: script,
  });
  await worker.getByLabel("What the paper says, in plain words").fill(summary);
  await worker.getByRole("button", { name: "Add the PDF" }).click();
  await expect(worker.getByRole("alert")).toContainText("The file must be a PDF.");
  await expect(worker.getByLabel("What the paper says, in plain words")).toHaveValue(summary);

  // No summary: asked for in plain words.
  await worker.getByLabel("What the paper says, in plain words").fill("");
  await worker.getByLabel("The PDF file").setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await worker.getByRole("button", { name: "Add the PDF" }).click();
  await expect(worker.getByRole("alert")).toContainText("Write what the paper says, in plain words.");

  // A real PDF with its summary is added.
  await worker.getByLabel("The PDF file").setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await worker.getByLabel("What the paper says, in plain words").fill(summary);
  await worker.getByRole("button", { name: "Add the PDF" }).click();
  await expect(worker.getByRole("status").first()).toContainText("The PDF is added.");
  await expect(worker.getByText(summary)).toBeVisible();
  await expect(worker.getByText(`Added by ${e2ePeople.paperWorker.name} on`)).toBeVisible();
  await expect(worker.getByRole("link", { name: "Download the report (PDF, 1 KB)" })).toBeVisible();

  // The invited parent reads the summary and downloads the file, as an attachment.
  const parent = await personPage(browser, e2ePeople.paperParent.email);
  await openMeeting(parent);
  await expect(parent.getByText(summary)).toBeVisible();
  await expect(parent.getByText(`Added by ${e2ePeople.paperWorker.name} on`)).toBeVisible();
  await expect(parent.getByRole("link", { name: /Add the PDF/ })).toHaveCount(0);
  await expectAccessible(parent);
  const link = parent.getByRole("link", { name: "Download the report (PDF, 1 KB)" });
  const downloading = parent.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("meeting-paper.pdf");
  const response = await parent.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="meeting-paper.pdf"');
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");

  // The upload page is the social worker's alone.
  const uploadUrl = (await link.getAttribute("href"))!.replace(/\/file$/, "/upload");
  expect((await parent.request.get(uploadUrl)).status()).toBe(403);

  // The social worker's pages pass the axe scan: the meeting with its file, the form, its errors.
  const scanned = await personPage(browser, e2ePeople.paperWorker.email);
  await openMeeting(scanned);
  await expectAccessible(scanned);
  await scanned.getByRole("link", { name: "Add a newer PDF of this paper" }).click();
  await expectAccessible(scanned);
  await scanned.getByRole("button", { name: "Add the PDF" }).click();
  await expect(scanned.getByRole("alert")).toContainText("Choose a PDF file to add.");
  await expectAccessible(scanned);
});
