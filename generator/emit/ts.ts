/**
 * The one module that talks to ts-morph. Emitters describe declarations as
 * plain structures; this module prints each file once, from a single in-memory
 * project, which is how ts-morph is fast (no edit-and-reparse cycles).
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from "ts-morph";

export type Statement = StatementStructures | string;

export interface Printer {
  print(fileName: string, statements: Statement[]): string;
  /** Names a module exports (following `export *`), for keeping generated names clear of them. */
  exportedNames(files: { fileName: string; text: string }[], entryFileName: string): string[];
}

export function createPrinter(): Printer {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  return {
    print(fileName, statements) {
      const sourceFile = project.createSourceFile(fileName, { statements }, { overwrite: true });
      const text = sourceFile.getFullText();
      project.removeSourceFile(sourceFile);
      return text;
    },
    exportedNames(files, entryFileName) {
      const sourceFiles = files.map((file) => project.createSourceFile(file.fileName, file.text, { overwrite: true }));
      const entry = project.getSourceFileOrThrow(entryFileName);
      const names = [...entry.getExportedDeclarations().keys()];
      for (const sourceFile of sourceFiles) project.removeSourceFile(sourceFile);
      return names;
    },
  };
}

export function docs(text: string | undefined): { docs?: string[] } {
  return text === undefined ? {} : { docs: [text] };
}

export function interfaceStructure(
  name: string,
  doc: string | undefined,
  properties: OptionalKind<PropertySignatureStructure>[],
  indexType?: string,
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    ...docs(doc),
    properties,
    indexSignatures: indexType === undefined ? [] : [{ keyName: "key", keyType: "string", returnType: indexType }],
  };
}

export function propertyStructure(
  name: string,
  type: string,
  optional: boolean,
  doc: string | undefined,
): OptionalKind<PropertySignatureStructure> {
  return { name, type, hasQuestionToken: optional, ...docs(doc) };
}

export function typeAliasStructure(name: string, type: string, doc: string | undefined): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, ...docs(doc) };
}

export function functionStructure(fields: {
  name: string;
  doc: string | undefined;
  parameters: { name: string; type: string; optional?: boolean; initializer?: string }[];
  returnType: string;
  body: string[];
}): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: fields.name,
    isExported: true,
    ...docs(fields.doc),
    parameters: fields.parameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type,
      hasQuestionToken: parameter.optional === true,
      initializer: parameter.initializer,
    })),
    returnType: fields.returnType,
    statements: fields.body,
  };
}

export function importTypes(moduleSpecifier: string, names: string[]): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier,
    isTypeOnly: true,
    namedImports: [...names],
  };
}

export function importValues(moduleSpecifier: string, names: { name: string; typeOnly?: boolean }[]): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier,
    namedImports: names.map((entry) => ({ name: entry.name, isTypeOnly: entry.typeOnly === true })),
  };
}

export function importNamespace(moduleSpecifier: string, alias: string): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: true, namespaceImport: alias };
}

export function constStructure(name: string, initializer: string, doc: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    ...docs(doc),
    declarations: [{ name, initializer }],
  };
}

/** `export * from`, `export type * as Alias from` or `export { a, type B } from`, depending on the fields given. */
export function reexport(
  moduleSpecifier: string,
  fields: { typeOnly?: boolean; namespace?: string; names?: { name: string; typeOnly?: boolean }[] } = {},
): StatementStructures {
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    isTypeOnly: fields.typeOnly === true,
    namespaceExport: fields.namespace,
    namedExports: fields.names?.map((entry) => ({ name: entry.name, isTypeOnly: entry.typeOnly === true })),
  };
}
