import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { escapeIdentifier, literalKey, NameScope, propertyAccess, propertyKey } from "../../generator/plan/identifiers.js";
import { assignNames, camelCase, CLIENT_MEMBERS, exportedNames, pascalCase } from "../../generator/plan/naming.js";
import { RESOURCE_MEMBERS } from "../../generator/plan/resources.js";
import { ApiClient } from "../../templates/runtime/client.js";
import { ApiResource } from "../../templates/runtime/resource.js";
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

describe("the name door", () => {
  it("checks a suffixed name again, and suffixes again while it is taken", () => {
    const names = assignNames(modelWith(["Client", "ClientModel"], ["createClient", "createClient_"]), new Set(["Client", "createClient"]));
    expect(names.schemas.get("#/components/schemas/ClientModel")).toBe("ClientModel");
    expect(names.schemas.get("#/components/schemas/Client")).toBe("ClientModelModel");
    expect(names.operations.get("createClient_")).toBe("createClient_");
    expect(names.operations.get("createClient")).toBe("createClient__");
  });

  it("puts models and operation functions in one scope, as the package's index exports both", () => {
    const names = assignNames(modelWith(["1abc"], ["1abc"]), new Set());
    expect([names.schemas.get("#/components/schemas/1abc"), names.operations.get("1abc")]).toEqual(["_1abc", "_1abc_"]);
  });

  it("keeps bindings clear of strict mode's restricted names and of then", () => {
    const names = assignNames(modelWith([], ["eval", "arguments", "then", "undefined", "let", "yield", "await", "implements"]), new Set());
    expect([...names.operations.values()].sort()).toEqual(["arguments_", "await_", "eval_", "implements_", "let_", "then_", "undefined_", "yield_"]);
  });

  it("keeps members clear of Object.prototype's and of then, but lets them be keywords", () => {
    const scope = new NameScope("member", ["request"]);
    const claimed = scope.claim(
      ["constructor", "toString", "__proto__", "hasOwnProperty", "then", "request", "delete", "eval"].map((name) => ({ key: name, candidate: name, original: name })),
      "_",
    );
    expect(Object.fromEntries(claimed)).toEqual({
      constructor: "constructor_",
      toString: "toString_",
      ["__proto__"]: "__proto___",
      hasOwnProperty: "hasOwnProperty_",
      then: "then_",
      request: "request_",
      delete: "delete",
      eval: "eval",
    });
  });

  it("spells keys and property reads so that they neither break the code nor set a prototype", () => {
    expect(propertyAccess("params", "project-id")).toBe('params["project-id"]');
    expect(propertyAccess("params", "x}; run(); {")).toBe('params["x}; run(); {"]');
    expect(propertyAccess("params", "id")).toBe("params.id");
    expect(literalKey("__proto__")).toBe('["__proto__"]');
    expect(propertyKey("a\u202eb")).toBe('"a\\u202eb"');
  });

  it("knows every member the runtime's client and resource classes have", () => {
    const members = (prototype: object) => Object.getOwnPropertyNames(prototype).filter((name) => name !== "constructor");
    expect(members(ApiClient.prototype).filter((name) => !CLIENT_MEMBERS.includes(name))).toEqual([]);
    expect(members(ApiResource.prototype).filter((name) => !RESOURCE_MEMBERS.includes(name))).toEqual([]);
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
