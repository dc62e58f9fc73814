import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { escapeIdentifier, propertyKey } from "../../generator/plan/identifiers.js";
import { assignNames, camelCase, exportedNames, pascalCase } from "../../generator/plan/naming.js";
import { modelWith, REPO } from "./support.js";

describe("naming", () => {
  it.each([
    ["foo.bar-baz qux", "FooBarBazQux"],
    ["ExportStatusResponse", "ExportStatusResponse"],
    ["already_snake", "AlreadySnake"],
    ["2fa-settings", "_2faSettings"],
  ])("pascalCase(%j) = %j", (given, want) => expect(pascalCase(given)).toBe(want));

  it.each([
    ["getProjectExportStatus", "getProjectExportStatus"],
    ["repos/get-content", "reposGetContent"],
    ["URLShorten", "urlShorten"],
    ["API", "api"],
    ["get pets by pet_id", "getPetsByPetId"],
  ])("camelCase(%j) = %j", (given, want) => expect(camelCase(given)).toBe(want));

  it("escapes one-to-one", () => {
    expect(escapeIdentifier("a-b")).toBe("a$2d$b");
    expect(escapeIdentifier("a_b")).toBe("a_b");
    expect(escapeIdentifier("1x")).toBe("$1x");
  });

  it("quotes property keys that are not identifiers", () => {
    expect(propertyKey("name")).toBe("name");
    expect(propertyKey("X-Rate-Limit")).toBe('"X-Rate-Limit"');
  });

  it("resolves collisions from the names themselves, whatever their order", () => {
    const forward = assignNames(modelWith(["FooBar", "foo-bar", "foo_bar"]), new Set()).schemas;
    const backward = assignNames(modelWith(["foo_bar", "foo-bar", "FooBar"]), new Set()).schemas;
    expect([...forward].sort()).toEqual([...backward].sort());
    expect(forward.get("#/components/schemas/FooBar")).toBe("FooBar");
    expect(forward.get("#/components/schemas/foo-bar")).toBe("foo$2d$bar");
    expect(forward.get("#/components/schemas/foo_bar")).toBe("foo_bar");
  });

  it("keeps names clear of reserved words and of the package's other exports", () => {
    const names = assignNames(modelWith(["ApiClient", "Pet"], ["delete", "createClient"]), new Set(["ApiClient", "createClient"]));
    expect(names.schemas.get("#/components/schemas/ApiClient")).toBe("ApiClientModel");
    expect(names.operations.get("delete")).toBe("delete_");
    expect(names.operations.get("createClient")).toBe("createClient_");
  });
});

describe("the runtime's exported names", () => {
  it("read from the templates' text, are the names the TypeScript checker finds", async () => {
    const dir = path.join(REPO, "templates", "runtime");
    const files = await Promise.all(
      (await readdir(dir)).filter((name) => name.endsWith(".ts")).map(async (name) => ({ fileName: `/runtime/${name}`, text: await readFile(path.join(dir, name), "utf8") })),
    );
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    for (const file of files) project.createSourceFile(file.fileName, file.text);
    const checked = [...project.getSourceFileOrThrow("/runtime/index.ts").getExportedDeclarations().keys()].sort();
    expect(exportedNames(files, "/runtime/index.ts").sort()).toEqual(checked);
    expect(checked.length).toBeGreaterThan(50);
  });
});
