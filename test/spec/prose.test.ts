import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copiedFrom, proseIn, specProse, vendorIndex } from "./prose.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const VENDOR_FILES = ["v3-2026-04.json", "v3.json", "v3.1.json"].map((file) => path.join(REPO, "../shared/specs/document360", file));
const MIN_LENGTH = 30;

describe("spec/ prose is our own", () => {
  const vendor = vendorIndex(VENDOR_FILES.flatMap((file) => proseIn(JSON.parse(readFileSync(file, "utf8")), "#").map((item) => item.text)));
  const ours = specProse(path.join(REPO, "spec")).filter((item) => item.text.length >= MIN_LENGTH);

  it("has prose to compare (the walk finds summaries and descriptions)", () => {
    expect(ours.length).toBeGreaterThan(500);
  });

  it("shares no text and no run of six words with the vendor's descriptions", () => {
    const copied = ours.flatMap((item) => {
      const match = copiedFrom(item.text, vendor);
      return match ? [`${item.where}: "${match.run}"`] : [];
    });
    expect(copied).toEqual([]);
  });

  it("catches a copied sentence and a near copy", () => {
    const sample = vendorIndex(["Returns the current status of an export task previously created."]);
    expect(copiedFrom("Returns the current status of an export task previously created.", sample)).toBeDefined();
    expect(copiedFrom("This call returns the current status of an export task, if any.", sample)?.run).toBe(
      "returns the current status of an",
    );
    expect(copiedFrom("Reads where an export stands: queued, running, done or failed.", sample)).toBeUndefined();
  });
});
