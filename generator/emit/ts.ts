/**
 * The one module that talks to ts-morph. Emitters describe declarations as
 * plain structures; this module prints each file once, straight from them
 * (no source files, no edit-and-reparse cycles), and reads the runtime's
 * exports from a parse alone: a type-checking project cost 0.3 s a run.
 */
import path from "node:path";
import {
  printStructure,
  ts,
  type ClassDeclarationStructure,
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
  /** Names a module exports (following `export *` within `files`), for keeping generated names clear of them; parsed only, no type-checking. */
  exportedNames(files: { fileName: string; text: string }[], entryFileName: string): string[];
}

export function createPrinter(): Printer {
  return {
    // Printed straight from the structures: a source file would parse the whole text again only to hand it back.
    print(_fileName, statements) {
      const text = printStructure({ kind: StructureKind.SourceFile, statements });
      // The printer puts declarations straight after the imports; a blank line there is what people write.
      return text.replace(/^(import [^;]+;\n)(?!import |\n|$)/gm, "$1\n");
    },
    exportedNames(files, entryFileName) {
      const sources = new Map(files.map((file) => [file.fileName, ts.createSourceFile(file.fileName, file.text, ts.ScriptTarget.Latest)]));
      const names = new Set<string>();
      const visit = (fileName: string, seen: Set<string>) => {
        const source = sources.get(fileName);
        if (!source || seen.has(fileName)) return;
        seen.add(fileName);
        for (const statement of source.statements) {
          if (ts.isExportDeclaration(statement)) {
            const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
            if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
              for (const element of statement.exportClause.elements) names.add(element.name.text);
            } else if (statement.exportClause) {
              names.add(statement.exportClause.name.text);
            } else if (target !== undefined) {
              visit(path.posix.join(path.posix.dirname(fileName), target.replace(/\.js$/, ".ts")), seen);
            }
            continue;
          }
          const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
          if (!exported) continue;
          if (ts.isVariableStatement(statement)) {
            for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
          } else if ("name" in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
            names.add((statement.name as ts.Identifier).text);
          }
        }
      };
      visit(entryFileName, new Set());
      return [...names];
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

export interface ParameterFields {
  name: string;
  type: string;
  optional?: boolean;
  initializer?: string;
}

function parameterStructures(parameters: ParameterFields[]) {
  return parameters.map((parameter) => ({
    name: parameter.name,
    type: parameter.type,
    hasQuestionToken: parameter.optional === true,
    initializer: parameter.initializer,
  }));
}

export function functionStructure(fields: {
  name: string;
  doc: string | undefined;
  parameters: ParameterFields[];
  returnType: string;
  body: string[];
}): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: fields.name,
    isExported: true,
    ...docs(fields.doc),
    parameters: parameterStructures(fields.parameters),
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

export interface MethodFields {
  name: string;
  doc: string | undefined;
  isAsync?: boolean;
  parameters: ParameterFields[];
  returnType: string;
  body: string[];
}

export function classStructure(fields: {
  name: string;
  doc: string | undefined;
  extends?: string;
  properties?: { name: string; type: string; doc?: string; isReadonly?: boolean }[];
  constructorBody?: { parameters: { name: string; type: string; initializer?: string }[]; body: string[] };
  methods: MethodFields[];
}): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: fields.name,
    isExported: true,
    extends: fields.extends,
    ...docs(fields.doc),
    properties: (fields.properties ?? []).map((property) => ({
      name: property.name,
      type: property.type,
      isReadonly: property.isReadonly ?? true,
      ...docs(property.doc),
    })),
    ctors: fields.constructorBody
      ? [{ parameters: fields.constructorBody.parameters.map((parameter) => ({ ...parameter })), statements: fields.constructorBody.body }]
      : [],
    methods: fields.methods.map((method) => ({
      name: method.name,
      isAsync: method.isAsync === true,
      ...docs(method.doc),
      parameters: parameterStructures(method.parameters),
      returnType: method.returnType,
      statements: method.body,
    })),
  };
}
