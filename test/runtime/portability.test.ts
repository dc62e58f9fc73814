import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const runtimeDir = fileURLToPath(new URL("../../templates/runtime/", import.meta.url));
const sources = readdirSync(runtimeDir)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => ({ name, text: readFileSync(runtimeDir + name, "utf8") }));

function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1] as string);
}

describe("templates/runtime is copied verbatim into generated packages", () => {
  test("it has sources, and an index that re-exports the client", () => {
    expect(sources.map((s) => s.name)).toContain("index.ts");
    expect(sources.find((s) => s.name === "index.ts")?.text).toContain('export { ApiClient } from "./client.js"');
  });

  test.each(sources)("$name imports only siblings (with .js), openapi-fetch and oauth4webapi", ({ text }) => {
    for (const specifier of specifiers(text)) {
      if (specifier.startsWith("./")) {
        expect(specifier).toMatch(/\.js$/);
        expect(existsSync(runtimeDir + specifier.slice(2).replace(/\.js$/, ".ts"))).toBe(true);
      } else {
        expect(["openapi-fetch", "oauth4webapi"]).toContain(specifier);
      }
    }
  });

  test.each(sources)("$name uses no Node-only globals", ({ text }) => {
    expect(text).not.toMatch(/\b(process|Buffer|require|__dirname|__filename|global)\b[.(]/);
    expect(text).not.toMatch(/"node:/);
  });
});
