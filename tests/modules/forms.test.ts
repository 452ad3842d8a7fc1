import { describe, expect, it } from "vitest";
import { z } from "zod";

import { parseSubmission, refuse } from "~/utils/forms.server";

import { fieldErrorsOf, typedValuesOf } from "../setup/matchers";

const Schema = z.object({
  name: z.string().trim().min(1, "invite.name.required"),
  age: z.coerce.number().int().min(0),
  items: z.array(z.object({ text: z.string().min(1, "plan.item.required") })).optional(),
});

const form = (entries: [string, string][]) => new URLSearchParams(entries);

describe("parseSubmission", () => {
  it("gives the parsed value when the form is good", () => {
    const submission = parseSubmission(
      form([
        ["name", " Sam "],
        ["age", "7"],
      ]),
      Schema,
    );
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({ name: "Sam", age: 7 });
  });

  it("keeps an empty box as an empty string, so the schema's own message is used", () => {
    const submission = parseSubmission(
      form([
        ["name", ""],
        ["age", "1"],
      ]),
      Schema,
    );
    expect(fieldErrorsOf(submission.reply())).toEqual({ name: "invite.name.required" });
  });

  it("turns zod's own English into a generic key, never showing it", () => {
    const submission = parseSubmission(
      form([
        ["name", "Sam"],
        ["age", "seven"],
      ]),
      Schema,
    );
    expect(fieldErrorsOf(submission.reply())).toEqual({ age: "generic.invalid" });
  });

  it("names nested fields the way conform's field ids do", () => {
    const submission = parseSubmission(
      form([
        ["name", "Sam"],
        ["age", "1"],
        ["items[0].text", ""],
      ]),
      Schema,
    );
    expect(fieldErrorsOf(submission.reply())).toEqual({ "items[0].text": "plan.item.required" });
  });

  it("sends back what was typed with the errors (an empty box comes back empty)", () => {
    const submission = parseSubmission(
      form([
        ["name", ""],
        ["age", "seven"],
      ]),
      Schema,
    );
    expect(typedValuesOf(submission.reply())).toMatchObject({ age: "seven" });
  });
});

describe("refuse", () => {
  it("answers 400 with domain errors added after the schema passed, and the typed values", async () => {
    const submission = parseSubmission(
      form([
        ["name", "Sam"],
        ["age", "3"],
      ]),
      Schema,
    );
    const answer = refuse(submission, { name: "invite.already-member", "": "generic.tryAgain" });
    await expect(answer).toRefuseWith({ name: "invite.already-member", "": "generic.tryAgain" });
    expect(typedValuesOf(answer.data)).toMatchObject({ name: "Sam", age: "3" });
  });

  it("can answer with another status", async () => {
    const submission = parseSubmission(
      form([
        ["name", ""],
        ["age", "3"],
      ]),
      Schema,
    );
    await expect(refuse(submission, {}, 422)).toRefuseWith({ name: "invite.name.required" }, 422);
  });
});
