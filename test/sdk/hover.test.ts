/**
 * What an editor shows: the TypeScript language service's quick info at a
 * resource call in a consumer's code, over the package generated from the real
 * v3.1 description. Each parameter is documented once in the sources (in
 * `paths.ts`), and the hover at the call site still shows that documentation.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED_V31 } from "./support.js";

const CONSUMER = path.join(GENERATED_V31, "hover-consumer.ts");
const CONSUMER_TEXT = `import { createClient } from "./src/index.js";
const client = createClient({ token: "t" });
await client.articles.create({
  project_id: "p",
  body: { category_id: "c", title: "Release notes", workspace_id: "w" },
});
await client.project("p").articles.create({ body: { category_id: "c", title: "Scoped", workspace_id: "w" } });
`;

function languageService(): ts.LanguageService {
  const srcDir = path.join(GENERATED_V31, "src");
  const files = [CONSUMER, ...sourceFiles(srcDir)];
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => files,
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = file === CONSUMER ? CONSUMER_TEXT : ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => GENERATED_V31,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (file) => file === CONSUMER || ts.sys.fileExists(file),
    readFile: (file) => (file === CONSUMER ? CONSUMER_TEXT : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
}

describe("hover at a resource call (TypeScript language service)", () => {
  let service: ts.LanguageService;
  const hover = (needle: string, occurrence = 0) => {
    let at = -1;
    for (let seen = 0; seen <= occurrence; seen++) at = CONSUMER_TEXT.indexOf(needle, at + 1);
    expect(at).toBeGreaterThanOrEqual(0);
    const info = service.getQuickInfoAtPosition(CONSUMER, at);
    return { display: ts.displayPartsToString(info?.displayParts), documentation: ts.displayPartsToString(info?.documentation) };
  };

  beforeAll(() => {
    service = languageService();
  });

  it("the consumer type-checks", () => {
    const diagnostics = [...service.getSemanticDiagnostics(CONSUMER), ...service.getSyntacticDiagnostics(CONSUMER)];
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))).toEqual([]);
  });

  it("shows a path parameter's documentation", () => {
    const { display, documentation } = hover("project_id");
    expect(display).toContain("project_id: string");
    expect(documentation).toMatch(/unique identifier of the project/i);
  });

  it("shows the body's documentation and its fields' documentation", () => {
    expect(hover("body").documentation).toMatch(/Article creation details/);
    expect(hover("title").documentation).toMatch(/title of the article/i);
  });

  it("shows the method's documentation, on a scoped resource too", () => {
    expect(hover("create({").documentation).toMatch(/Creates a new article/);
    expect(hover("create({", 1).documentation).toMatch(/Creates a new article/);
    expect(hover("title", 1).documentation).toMatch(/title of the article/i);
  });

  it("the parameter's documentation is written once, in paths.ts, not again in operations.ts or resources.ts", () => {
    const text = (file: string) => readFileSync(path.join(GENERATED_V31, "src", file), "utf8");
    const doc = "Retrieve project IDs from";
    expect(text("paths.ts")).toContain(doc);
    expect(text("operations.ts")).not.toContain(doc);
    expect(text("resources.ts")).not.toContain(doc);
  });
});
