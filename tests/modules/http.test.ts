import { describe, expect, it } from "vitest";

import { IdSchema, idSchema, invariantResponse, notFound, requireIdParam } from "~/utils/http.server";

describe("http helpers", () => {
  it("accepts a row id and refuses anything else", () => {
    expect(IdSchema.safeParse("cjld2cjxh0000qzrmn831i7rn").success).toBe(true);
    for (const bad of ["", "short", "UPPERCASEIDUPPERCASEID12", "a".repeat(33), "../../etc/passwd"])
      expect(IdSchema.safeParse(bad).success).toBe(false);
    expect(idSchema("errors:key").safeParse("nope").error?.issues[0].message).toBe("errors:key");
  });

  it("turns a route param that is not an id into a 404", async () => {
    expect(requireIdParam("cjld2cjxh0000qzrmn831i7rn")).toBe("cjld2cjxh0000qzrmn831i7rn");
    await expect(() => requireIdParam(undefined)).toBeNotFound();
    expect(notFound()).toBeNotFound();
  });

  it("throws a Response with the status when the condition fails, 400 unless given", async () => {
    expect(() => invariantResponse(true, "fine")).not.toThrow();
    await expect(() => invariantResponse(false, "bad")).toHaveStatus(400);
    await expect(() => invariantResponse(null, "gone", { status: 404 })).toBeNotFound();
  });
});
