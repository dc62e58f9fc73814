import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";

function typeErrors(file: string): string[] {
  const configPath = fileURLToPath(new URL("./tsconfig.json", import.meta.url));
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error("test/runtime/tsconfig.json could not be read");
  // The fixture needs no Node typings; leaving them out halves the compile time.
  const program = ts.createProgram([fileURLToPath(new URL(file, import.meta.url))], { ...parsed.options, types: [] });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

test("request, requestWithResponse and raw are typed as the generated code relies on", { timeout: 60_000 }, () => {
  expect(typeErrors("./types.fixture.ts")).toEqual([]);
});
