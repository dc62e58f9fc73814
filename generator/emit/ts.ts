/**
 * The one module that talks to ts-morph. Emitters describe declarations as
 * plain structures; this module prints each file once, straight from them
 * (no source files, no edit-and-reparse cycles).
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import { escapeComment } from "./docs.js";
import type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
} from "ts-morph";

/**
 * Required rather than imported: an ESM import of this CommonJS package has Node
 * scan its 1 MB source for export names first (0.15 s a run). And required on
 * first use, so that the stages before emit (all `npm run api-diff` runs) never
 * load it.
 */
let loaded: typeof TsMorph | undefined;
function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}

export type Statement = StatementStructures | string;

export interface Printer {
  print(fileName: string, statements: Statement[]): string;
}

export function createPrinter(): Printer {
  return {
    // Printed straight from the structures: a source file would parse the whole text again only to hand it back.
    print(_fileName, statements) {
      const lifted: string[] = [];
      const printed = tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: liftTypeTexts(statements, lifted) });
      const text = lifted.length === 0 ? printed : restoreTypeTexts(printed, lifted) ?? tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements });
      // The printer puts declarations straight after the imports; a blank line there is what people write.
      return text.replace(/^(import [^;]+;\n)(?!import |\n|$)/gm, "$1\n");
    },
  };
}


/**
 * Multi-line type texts (object types, mostly) take the printer as a token and
 * go back in after: the printer re-indents every line of them character by
 * character (a second of GitHub's run), and the format stage sets indentation
 * anew anyway.
 */
const LIFTED_TYPE = /__liftedTypeText(\d+)__/g;

function liftTypeTexts<T>(value: T, lifted: string[]): T {
  if (Array.isArray(value)) return value.map((item) => liftTypeTexts(item, lifted)) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if ((key === "type" || key === "returnType") && typeof field === "string" && field.includes("\n")) {
      copy[key] = `__liftedTypeText${lifted.length}__`;
      lifted.push(field);
    } else {
      copy[key] = liftTypeTexts(field, lifted);
    }
  }
  return copy as T;
}

/** The printed text with the type texts back in; undefined when a token is missing or also occurs elsewhere. */
function restoreTypeTexts(printed: string, lifted: string[]): string | undefined {
  let restored = 0;
  const text = printed.replace(LIFTED_TYPE, (token, index: string) => {
    restored++;
    return lifted[Number(index)] ?? token;
  });
  return restored === lifted.length && !lifted.some((type) => type.includes("__liftedTypeText")) ? text : undefined;
}

/** A JSDoc for a structure; its text is escaped here too, as some (a tag's description) do not come through `docText`. */
export function docs(text: string | undefined): { docs?: string[] } {
  return text === undefined ? {} : { docs: [escapeComment(text)] };
}

export function interfaceStructure(
  name: string,
  doc: string | undefined,
  properties: OptionalKind<PropertySignatureStructure>[],
  indexType?: string,
): InterfaceDeclarationStructure {
  return {
    kind: tsMorph().StructureKind.Interface,
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
  return { kind: tsMorph().StructureKind.TypeAlias, name, type, isExported: true, ...docs(doc) };
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
    kind: tsMorph().StructureKind.Function,
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
    kind: tsMorph().StructureKind.ImportDeclaration,
    moduleSpecifier,
    isTypeOnly: true,
    namedImports: [...names],
  };
}

export function importValues(moduleSpecifier: string, names: { name: string; typeOnly?: boolean }[]): StatementStructures {
  return {
    kind: tsMorph().StructureKind.ImportDeclaration,
    moduleSpecifier,
    namedImports: names.map((entry) => ({ name: entry.name, isTypeOnly: entry.typeOnly === true })),
  };
}

export function importNamespace(moduleSpecifier: string, alias: string, typeOnly = true): StatementStructures {
  return { kind: tsMorph().StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: typeOnly, namespaceImport: alias };
}

export function constStructure(name: string, initializer: string, doc: string): StatementStructures {
  return {
    kind: tsMorph().StructureKind.VariableStatement,
    isExported: true,
    declarationKind: tsMorph().VariableDeclarationKind.Const,
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
    kind: tsMorph().StructureKind.ExportDeclaration,
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
    kind: tsMorph().StructureKind.Class,
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
