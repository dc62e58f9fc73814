import { readdirSync, readFileSync } from "node:fs";
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

describe("spec/ prose refers to operations by operationId", () => {
  const specFiles = readdirSync(path.join(REPO, "spec")).filter((file) => file.endsWith(".yaml"));
  const operationIds = new Set(
    specFiles.flatMap((file) =>
      [...readFileSync(path.join(REPO, "spec", file), "utf8").matchAll(/^ +operationId: (\S+)$/gm)].map((match) => match[1]!),
    ),
  );
  const prose = specProse(path.join(REPO, "spec"));

  it("never by a client method name, which the generator may rename", () => {
    const methodNames = prose.flatMap((item) =>
      [...item.text.matchAll(/`([a-z][A-Za-z]*\.[a-z][A-Za-z]*)`/g)]
        .filter((match) => !match[1]!.startsWith("data."))
        .map((match) => `${item.where}: ${match[1]}`),
    );
    expect(methodNames).toEqual([]);
  });

  it("only by operationIds that exist", () => {
    const verbs =
      /`((?:get|create|update|delete|bulk|list|post|edit|check|search|upload|copy|move|add|fork|publish|unpublish|import)[A-Z][A-Za-z]*)`/g;
    const unknown = prose.flatMap((item) =>
      [...item.text.matchAll(verbs)].filter((match) => !operationIds.has(match[1]!)).map((match) => `${item.where}: ${match[1]}`),
    );
    expect(operationIds.size).toBe(116);
    expect(unknown).toEqual([]);
  });
});
