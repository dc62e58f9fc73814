import { describe, expect, it } from "vitest";
import type { TypeExpr } from "../../generator/model/types.js";
import { typeText } from "../../generator/emit/type-text.js";

const context = { schemaName: (key: string) => key.replace("#/components/schemas/", ""), schemaPrefix: "Models." };
const string: TypeExpr = { kind: "keyword", name: "string" };
const number: TypeExpr = { kind: "keyword", name: "number" };

describe("type text, one line without docs (api.md)", () => {
  it.each<[string, TypeExpr, string]>([
    ["a schema reference", { kind: "ref", schema: "#/components/schemas/Pet" }, "Models.Pet"],
    ["an array of a union", { kind: "array", items: { kind: "union", members: [string, number] } }, "(string | number)[]"],
    ["a tuple with rest", { kind: "tuple", items: [string], rest: number }, "[string, ...number[]]"],
    ["binary", { kind: "binary" }, "globalThis.Blob"],
    ["a literal", { kind: "literal", value: "a\"b" }, '"a\\"b"'],
    ["a closed empty object", { kind: "object", properties: [], additional: null }, "{ [key: string]: never }"],
    ["a map", { kind: "object", properties: [], additional: number }, "{ [key: string]: number; }"],
    [
      "properties with docs, optional marks and quoted keys",
      {
        kind: "object",
        properties: [
          { name: "id", type: string, required: true, docs: { description: "Ends */ early?" } },
          { name: "x-y", type: number, required: false, docs: {} },
        ],
        additional: null,
      },
        '{ id: string; "x-y"?: number; }',
    ],
    [
      "properties beside a typed index signature become an intersection",
      { kind: "object", properties: [{ name: "a", type: string, required: true, docs: {} }], additional: number },
      "{ a: string; } & { [key: string]: number }",
    ],
  ])("%s", (_case, type, want) => expect(typeText(type, context)).toBe(want));
});
