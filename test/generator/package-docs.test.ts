import { readFile } from "node:fs/promises";
import path from "node:path";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { REPO } from "./support.js";

const PACKAGE = path.join(REPO, "generated");
const PACKAGE_NAME = JSON.parse(await readFile(path.join(PACKAGE, "package.json"), "utf8")).name as string;

/** The generated package's sources under the TypeScript checker, with extra files as a user of the package would write them. */
function checkAgainstPackage(files: Record<string, string>): string[] {
  const project = new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [path.join(REPO, "node_modules", "@types")],
      paths: { [PACKAGE_NAME]: [path.join(PACKAGE, "src", "index.ts")] },
    },
  });
  project.addSourceFilesAtPaths(path.join(PACKAGE, "src", "**", "*.ts"));
  const added = Object.entries(files).map(([name, text]) => project.createSourceFile(path.join(PACKAGE, "src", name), text));
  return added.flatMap((file) =>
    file.getPreEmitDiagnostics().map((diagnostic) => {
      const message = diagnostic.getMessageText();
      return `${path.basename(file.getFilePath())}:${diagnostic.getLineNumber() ?? "-"}: ${typeof message === "string" ? message : message.getMessageText()}`;
    }),
  );
}

describe("the generated package's documents name real members of the typed client", () => {
  it("every call in api.md, helpers included, is a member of the client and of the scoped client", async () => {
    const api = await readFile(path.join(PACKAGE, "api.md"), "utf8");
    const calls = [...api.matchAll(/^- `client\.(\w+)\.(\w+)\(/gm)].map(([, resource, method]) => `${resource}.${method}`);
    const surface = JSON.parse(await readFile(path.join(PACKAGE, "api-surface.json"), "utf8"));
    const clientMethods = Object.values<{ client: string }>(surface.operations).map((operation) => operation.client);
    expect(new Set(calls)).toEqual(new Set([...clientMethods, ...Object.keys(surface.helpers)]));
    expect(Object.keys(surface.helpers)).toEqual(["projects.createExportAndWait", "projects.createImportAndWait", "projects.downloadExport", "projects.waitForExport", "projects.waitForImport"]);
    const check = [
      `import { createClient } from "${PACKAGE_NAME}";`,
      "const client = createClient({ token: \"t\" });",
      "const project = client.project(\"p\");",
      ...calls.flatMap((call) => [`void client.${call};`, `void project.${call};`]),
    ].join("\n");
    expect(checkAgainstPackage({ "api-md-check.ts": check })).toEqual([]);
  }, 120_000);

  it("every TypeScript block of README.md type-checks against the package", async () => {
    const readme = await readFile(path.join(PACKAGE, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map(([, code]) => code!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const files = Object.fromEntries(blocks.map((code, index) => [`readme-${index}.ts`, `${code}\nexport {};\n`]));
    expect(checkAgainstPackage(files)).toEqual([]);
  }, 120_000);
});
