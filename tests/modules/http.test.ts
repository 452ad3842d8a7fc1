import { describe, expect, it } from "vitest";

import { IdSchema, idSchema, invariantResponse, notFound, requireIdParam } from "~/utils/http.server";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("http helpers", () => {
  it("accepts a row id and refuses anything else", () => {
    expect(IdSchema.safeParse("cjld2cjxh0000qzrmn831i7rn").success).toBe(true);
    for (const bad of ["", "short", "UPPERCASEIDUPPERCASEID12", "a".repeat(33), "../../etc/passwd"])
      expect(IdSchema.safeParse(bad).success).toBe(false);
    expect(idSchema("errors:key").safeParse("nope").error?.issues[0].message).toBe("errors:key");
  });

  it("turns a route param that is not an id into a 404", () => {
    expect(requireIdParam("cjld2cjxh0000qzrmn831i7rn")).toBe("cjld2cjxh0000qzrmn831i7rn");
    const error = thrown(() => requireIdParam(undefined));
    expect(error).toBeInstanceOf(Response);
    expect((error as Response).status).toBe(404);
    expect(notFound().status).toBe(404);
  });

  it("throws a Response with the status when the condition fails, 400 unless given", () => {
    expect(() => invariantResponse(true, "fine")).not.toThrow();
    expect((thrown(() => invariantResponse(false, "bad")) as Response).status).toBe(400);
    expect((thrown(() => invariantResponse(null, "gone", { status: 404 })) as Response).status).toBe(404);
  });
});
