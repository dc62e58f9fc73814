/**
 * Stage 6, format, for TypeScript: the emitters describe declarations, types
 * and the few statements they write as the small syntax tree below, and this
 * module lays it out with prettier's own doc builders and doc printer. Each
 * construct becomes the document prettier's TypeScript printer builds for it
 * (the same groups, indents, lines and conditional groups), so line fitting is
 * prettier's and the text is what prettier would make of the file; nothing is
 * parsed. `--verify-format` and the format tests hold the result to prettier's
 * on whole files.
 *
 * Blank lines and expanded objects are decided here as prettier keeps them from
 * the source it is given: one blank line around interfaces, classes, functions
 * and methods and after the imports; an object written `broken` stays one member a
 * line.
 */
import { builders, printer, utils, type builders as Builders } from "prettier/doc";
import { escapeUnsafeCharacters } from "../plan/identifiers.js";
import { PRINT_WIDTH, TAB_WIDTH } from "./options.js";

type Doc = Builders.Doc;
const { conditionalGroup, group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, softline } = builders;


export type TypeNode =
  | { kind: "keyword"; name: string }
  /** A type name, possibly qualified (`Models.Pet`), with its type arguments. */
  | { kind: "reference"; name: string; args?: TypeNode[] }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "typeof"; name: string }
  | { kind: "indexed"; object: TypeNode; index: TypeNode }
  | { kind: "array"; element: TypeNode }
  | { kind: "tuple"; items: TypeNode[]; rest?: TypeNode }
  | { kind: "union"; members: TypeNode[] }
  | { kind: "intersection"; members: TypeNode[] }
  | { kind: "readonly"; type: TypeNode }
  /** `broken`: one member a line whatever the width, as prettier keeps an object written that way. */
  | { kind: "object"; members: MemberNode[]; broken: boolean };

export type MemberNode =
  | { kind: "property"; key: string; optional?: boolean; readonly?: boolean; type: TypeNode; docs?: string }
  | { kind: "index"; parameter: string; keyType: TypeNode; type: TypeNode; docs?: string };

export type ExpressionNode =
  /** An identifier or a chain of property reads (`Specs.getPet`, `this.client`). */
  | { kind: "name"; text: string }
  | { kind: "string"; value: string }
  | { kind: "literal"; text: string }
  | { kind: "call"; callee: string; typeArgs?: TypeNode[]; args: ExpressionNode[]; isNew?: boolean }
  | { kind: "object"; properties: PropertyNode[]; broken: boolean }
  | { kind: "array"; items: ExpressionNode[] }
  | { kind: "arrow"; isAsync?: boolean; parameters: string[]; body: ExpressionNode }
  | { kind: "await"; argument: ExpressionNode }
  | { kind: "asConst"; expression: ExpressionNode }
  | { kind: "as"; expression: ExpressionNode; type: TypeNode };

export type PropertyNode = { kind: "property"; key: string; value: ExpressionNode } | { kind: "spread"; name: string } | { kind: "shorthand"; name: string };

export type BodyStatement =
  | { kind: "return"; argument: ExpressionNode }
  | { kind: "expression"; expression: ExpressionNode }
  | { kind: "assign"; target: string; value: ExpressionNode }
  | { kind: "const"; name: string; value: ExpressionNode }
  /** A `//` comment on its own line, before the statement it explains. */
  | { kind: "comment"; text: string }
  /** Constant code already in prettier's layout, indented with the block it is in. */
  | { kind: "verbatim"; text: string };

/** A statement of example code (a README's quick start): nothing exported, a blank line only where one is asked for. */
export type ScriptStatement =
  | Extract<StatementNode, { kind: "import" }>
  | BodyStatement
  | { kind: "blank" }
  | { kind: "try"; body: readonly BodyStatement[]; catchParameter: string; handler: readonly BodyStatement[] };

export interface ParameterNode {
  name: string;
  optional?: boolean;
  type: TypeNode;
  initializer?: ExpressionNode;
}

export interface FunctionLike {
  docs?: string;
  name: string;
  isAsync?: boolean;
  parameters: ParameterNode[];
  returnType?: TypeNode;
  body: BodyStatement[];
}

export type ImportName = { name: string; typeOnly?: boolean };

export type StatementNode =
  | { kind: "import"; from: string; typeOnly?: boolean; names?: ImportName[]; namespace?: string }
  | { kind: "export"; from: string; typeOnly?: boolean; names?: ImportName[]; namespace?: string }
  /** Members may come one at a time, each built when it is printed (large specs' `paths` has thousands). */
  | { kind: "interface"; name: string; docs?: string; members: Iterable<MemberNode> }
  | { kind: "typeAlias"; name: string; docs?: string; type: TypeNode }
  | { kind: "const"; name: string; docs?: string; type?: TypeNode; value: ExpressionNode }
  | ({ kind: "function" } & FunctionLike)
  | {
      kind: "class";
      name: string;
      docs?: string;
      extends?: TypeNode;
      properties: { name: string; type: TypeNode; docs?: string; readonly?: boolean }[];
      constructor?: { parameters: ParameterNode[]; body: BodyStatement[] };
      methods: FunctionLike[];
    }
  /** Text that is already in prettier's layout (constant code), written as it is. */
  | { kind: "verbatim"; text: string };

/**
 * The statements as prettier prints them, one blank line apart where prettier
 * would keep one. Each statement, and each member of an interface or class,
 * is laid out on its own (nothing in prettier's layout crosses them), so only
 * one member's document exists at a time: a large file's whole document would
 * cost memory and garbage collection for nothing.
 */
export function printStatements(statements: Iterable<StatementNode>): string {
  const parts: string[] = [];
  let previous: StatementNode | undefined;
  for (const statement of statements) {
    if (previous !== undefined) {
      parts.push(spaced(previous) || spaced(statement) || (previous.kind === "import" && statement.kind !== "import") ? "\n\n" : "\n");
    }
    parts.push(statementText(statement));
    previous = statement;
  }
  if (previous !== undefined) parts.push("\n");
  return parts.join("");
}

function statementText(statement: StatementNode): string {
  if (statement.kind === "interface") {
    const members = Array.from(statement.members, (member) => printIndented([memberDoc(member), ";"]));
    if (members.length === 0) return printDoc(withDocs(statement.docs, ["export interface ", statement.name, " {}"]));
    return `${printDoc(withDocs(statement.docs, ["export interface ", statement.name, " {"]))}\n${members.join("\n")}\n}`;
  }
  if (statement.kind === "class") {
    const runs = classMembers(statement).map((run) => run.map(printIndented).join("\n"));
    const header = printDoc(withDocs(statement.docs, classHeader(statement)));
    return runs.length === 0 ? `${header}}` : `${header}\n${runs.join("\n\n")}\n}`;
  }
  return printDoc(statementDoc(statement));
}

/** Example code as prettier prints it when it is the contents of a file (or of a Markdown code block), without the final newline. */
export function printScript(statements: readonly ScriptStatement[]): string {
  return printDoc(join(hardline, statements.map(scriptStatementDoc)));
}

function scriptStatementDoc(statement: ScriptStatement): Doc {
  switch (statement.kind) {
    case "import":
      return moduleDoc(statement);
    case "blank":
      return "";
    case "try":
      return ["try ", blockDoc(statement.body), " catch (", statement.catchParameter, ") ", blockDoc(statement.handler)];
    default:
      return bodyStatementDoc(statement);
  }
}

/** An expression on one line, however long (for prose that quotes a call). */
export function printInline(expression: ExpressionNode): string {
  return printer.printDocToString(expressionDoc(expression), { printWidth: Infinity, tabWidth: TAB_WIDTH, useTabs: false }).formatted;
}

/** `doc` laid out one indentation level in, as inside braces. */
function printIndented(doc: Doc): string {
  return printDoc(indent([hardline, doc])).slice(1);
}

/** One type as prettier prints it on its own (a test's view of the type layout). */
export function printDoc(doc: Doc): string {
  return printer.printDocToString(doc, { printWidth: PRINT_WIDTH, tabWidth: TAB_WIDTH, useTabs: false }).formatted;
}

function spaced(statement: StatementNode): boolean {
  return statement.kind === "interface" || statement.kind === "class" || statement.kind === "function" || statement.kind === "verbatim";
}

/** A statement other than an interface or a class (which `statementText` prints member by member). */
function statementDoc(statement: Exclude<StatementNode, { kind: "class" | "interface" }>): Doc {
  switch (statement.kind) {
    case "import":
    case "export":
      return moduleDoc(statement);
    case "verbatim":
      return join(hardline, statement.text.replace(/\n$/, "").split("\n"));
    case "typeAlias":
      return withDocs(statement.docs, ["export ", assignment(["type ", statement.name], " =", statement.type, typeAliasLayout(statement.type)), ";"]);
    case "const": {
      const left: Doc = statement.type === undefined ? statement.name : [statement.name, ": ", typeDoc(statement.type)];
      return withDocs(statement.docs, ["export const ", declarator(left, statement.value), ";"]);
    }
    case "function":
      return withDocs(statement.docs, ["export function ", functionDoc(statement)]);
  }
}

function moduleDoc(statement: Extract<StatementNode, { kind: "import" | "export" }>): Doc {
  const parts: Doc[] = [statement.kind, statement.typeOnly ? " type" : ""];
  if (statement.namespace !== undefined) {
    parts.push(statement.kind === "import" ? ` * as ${statement.namespace}` : ` * as ${statement.namespace}`);
  } else if (statement.names === undefined) {
    parts.push(" *");
  } else {
    const names = statement.names.map((entry) => (entry.typeOnly ? `type ${entry.name}` : entry.name));
    parts.push(
      " ",
      names.length === 0
        ? "{}"
        : names.length === 1
          ? ["{ ", names[0]!, " }"]
          : group(["{", indent([line, join([",", line], names)]), ifBreak(","), line, "}"]),
    );
  }
  parts.push(" from ", stringDoc(statement.from), ";");
  return parts;
}

function classHeader(statement: Extract<StatementNode, { kind: "class" }>): Doc {
  return ["export class ", statement.name, statement.extends ? [" extends ", typeDoc(statement.extends)] : "", " {"];
}

/** The class's members in runs that prettier separates by a blank line: the properties, the constructor, each method. */
function classMembers(statement: Extract<StatementNode, { kind: "class" }>): Doc[][] {
  const members: Doc[][] = [];
  const properties = statement.properties.map((property) =>
    withDocs(property.docs, [property.readonly === false ? "" : "readonly ", keyDoc(property.name), ": ", typeDoc(property.type), ";"]),
  );
  if (properties.length > 0) members.push(properties);
  if (statement.constructor) {
    members.push([
      [group(["constructor", parametersDoc(statement.constructor.parameters)]), " ", blockDoc(statement.constructor.body)],
    ]);
  }
  for (const method of statement.methods) members.push([withDocs(method.docs, [method.isAsync ? "async " : "", functionDoc(method)])]);
  return members;
}

function functionDoc(fn: FunctionLike): Doc {
  const parameters = parametersDoc(fn.parameters);
  const returnType: Doc = fn.returnType ? [": ", typeDoc(fn.returnType)] : "";
  // A lone parameter keeps its line when only the return type breaks.
  const groupParameters = fn.parameters.length === 1 && fn.returnType !== undefined && (fn.returnType.kind === "object" || utils.willBreak(returnType));
  return [fn.name, group([groupParameters ? group(parameters) : parameters, returnType]), " ", blockDoc(fn.body)];
}

function parametersDoc(parameters: readonly ParameterNode[]): Doc {
  if (parameters.length === 0) return "()";
  const printed = parameters.map((parameter) => {
    const annotated: Doc = [parameter.name, parameter.optional ? "?" : "", ": ", typeDoc(parameter.type)];
    return parameter.initializer === undefined ? annotated : [annotated, " = ", expressionDoc(parameter.initializer)];
  });
  return ["(", indent([softline, join([",", line], printed)]), ifBreak(","), softline, ")"];
}

function blockDoc(body: readonly BodyStatement[]): Doc {
  if (body.length === 0) return "{}";
  return ["{", indent([hardline, join(hardline, body.map(bodyStatementDoc))]), hardline, "}"];
}

function bodyStatementDoc(statement: BodyStatement): Doc {
  switch (statement.kind) {
    case "return":
      return ["return ", expressionDoc(statement.argument), ";"];
    case "expression":
      return [expressionDoc(statement.expression), ";"];
    case "assign":
      return [declarator(statement.target, statement.value), ";"];
    case "const":
      return ["const ", declarator(statement.name, statement.value), ";"];
    case "comment":
      return `// ${statement.text}`;
    case "verbatim":
      return join(hardline, statement.text.split("\n"));
  }
}

/** `name = value` of a variable declaration, laid out as prettier chooses for the value. */
function declarator(left: Doc, value: ExpressionNode): Doc {
  const right = expressionDoc(value);
  if (value.kind === "string" || (value.kind === "await" ? isPoorlyBreakableChain(value.argument) : isPoorlyBreakableChain(value))) {
    return breakAfterOperator(left, " =", right);
  }
  return fluid(left, " =", right);
}

// --- types ---------------------------------------------------------------

type AssignmentLayout = "break-after-operator" | "fluid";

function typeAliasLayout(type: TypeNode): AssignmentLayout {
  return type.kind === "union" && !hugsUnion(type) ? "break-after-operator" : "fluid";
}

function assignment(left: Doc, operator: string, type: TypeNode, layout: AssignmentLayout): Doc {
  if (layout === "break-after-operator") return breakAfterOperator(left, operator, typeDoc(type, { breakAfterOperator: true }));
  return fluid(left, operator, typeDoc(type));
}

function breakAfterOperator(left: Doc, operator: string, right: Doc): Doc {
  return group([group(left), operator, group(indent([line, right]))]);
}

function fluid(left: Doc, operator: string, right: Doc): Doc {
  const groupId = Symbol("assignment");
  return group([group(left), operator, group(indent(line), { id: groupId }), lineSuffixBoundary, indentIfBreak(right, { groupId })]);
}

type TypeParent = "union" | "intersection" | "array" | "tuple" | "typeArgument" | "indexedObject" | undefined;

interface TypeSettings {
  parent?: TypeParent;
  breakAfterOperator?: boolean;
}

export function typeDoc(type: TypeNode, settings: TypeSettings = {}): Doc {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "reference":
      return type.args === undefined || type.args.length === 0 ? type.name : [type.name, typeArgumentsDoc(type.args)];
    case "literal":
      return literalDoc(type.value);
    case "typeof":
      return settings.parent === "array" || settings.parent === "indexedObject" ? ["(typeof ", type.name, ")"] : ["typeof ", type.name];
    case "indexed":
      return [typeDoc(type.object, { parent: "indexedObject" }), "[", typeDoc(type.index), "]"];
    case "array":
      return [typeDoc(type.element, { parent: "array" }), "[]"];
    case "tuple": {
      const items = type.items.map((item) => typeDoc(item, { parent: type.items.length + (type.rest ? 1 : 0) > 1 ? "tuple" : undefined }));
      if (type.rest) items.push(["...", typeDoc(type.rest, { parent: "array" }), "[]"]);
      if (items.length === 0) return "[]";
      return group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]);
    }
    case "union":
      return unionDoc(type, settings);
    case "intersection": {
      const doc = intersectionDoc(type);
      return needsParentheses(settings.parent) ? ["(", doc, ")"] : doc;
    }
    case "object":
      return objectTypeDoc(type);
    case "readonly": {
      const doc: Doc = ["readonly ", typeDoc(type.type)];
      return settings.parent === "array" || settings.parent === "indexedObject" ? ["(", doc, ")"] : doc;
    }
  }
}

function needsParentheses(parent: TypeParent): boolean {
  return parent === "union" || parent === "intersection" || parent === "array" || parent === "indexedObject";
}

function typeArgumentsDoc(args: TypeNode[]): Doc {
  const printed = args.map((arg) => typeDoc(arg, { parent: "typeArgument" }));
  if (args.length === 1 && hugsType(args[0]!)) return ["<", printed[0]!, ">"];
  return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
}

function isSimpleType(type: TypeNode): boolean {
  return type.kind === "keyword" || (type.kind === "reference" && (type.args === undefined || type.args.length === 0));
}

function hugsType(type: TypeNode): boolean {
  return isSimpleType(type) || type.kind === "object" || (type.kind === "union" && hugsUnion(type));
}

/** `{ ... } | null` and `Pet | null`: one object-like member, the others `null` or `void`, printed without the union's own layout. */
function hugsUnion(type: Extract<TypeNode, { kind: "union" }>): boolean {
  const objectLike = type.members.filter((member) => member.kind === "object" || member.kind === "reference");
  const voids = type.members.filter((member) => member.kind === "keyword" && (member.name === "null" || member.name === "void"));
  return objectLike.length === 1 && objectLike.length + voids.length === type.members.length;
}

function unionDoc(type: Extract<TypeNode, { kind: "union" }>, settings: TypeSettings): Doc {
  if (hugsUnion(type)) {
    const doc = join(" | ", type.members.map((member) => typeDoc(member, { parent: "union" })));
    return needsParentheses(settings.parent) ? ["(", doc, ")"] : doc;
  }
  const printed = group(
    type.members.map((member, index) => [index === 0 ? ifBreak("| ") : [line, "| "], builders.align(2, typeDoc(member, { parent: "union" }))]),
  );
  if (needsParentheses(settings.parent)) return ["(", group([indent([softline, printed]), softline]), ")"];
  if (settings.parent === "tuple") return group([indent([ifBreak(["(", softline]), printed]), softline, ifBreak(")")]);
  if (settings.breakAfterOperator || settings.parent === "typeArgument") return printed;
  return group(indent([softline, printed]));
}

function intersectionDoc(type: Extract<TypeNode, { kind: "intersection" }>): Doc {
  let wasIndented = false;
  return group(
    type.members.map((member, index) => {
      const doc = typeDoc(member, { parent: "intersection" });
      if (index === 0) return doc;
      const previousIsObject = type.members[index - 1]!.kind === "object";
      const currentIsObject = member.kind === "object";
      if (previousIsObject && currentIsObject) return [" & ", wasIndented ? indent(doc) : doc];
      if (!previousIsObject && !currentIsObject) return indent([" &", line, doc]);
      if (index > 1) wasIndented = true;
      return [" & ", index > 1 ? indent(doc) : doc];
    }),
  );
}

function objectTypeDoc(type: Extract<TypeNode, { kind: "object" }>): Doc {
  if (type.members.length === 0) return "{}";
  const last = type.members.length - 1;
  const members = type.members.map((member, index) => [memberDoc(member), index === last ? ifBreak(";") : ";"]);
  return group(["{", indent([line, join(line, members)]), line, "}"], { shouldBreak: type.broken });
}

function memberDoc(member: MemberNode): Doc {
  if (member.kind === "index") {
    const parameter = group([indent([softline, [member.parameter, ": ", typeDoc(member.keyType)]]), softline]);
    return withDocs(member.docs, group(["[", parameter, "]", ": ", typeDoc(member.type)]));
  }
  return withDocs(member.docs, group([member.readonly ? "readonly " : "", keyDoc(member.key), member.optional ? "?" : "", ": ", typeDoc(member.type)]));
}

// --- expressions ---------------------------------------------------------

function expressionDoc(expression: ExpressionNode): Doc {
  switch (expression.kind) {
    case "name":
    case "literal":
      return expression.text;
    case "string":
      return stringDoc(expression.value);
    case "await":
      return ["await ", expressionDoc(expression.argument)];
    case "asConst":
      return [expressionDoc(expression.expression), " as const"];
    case "as":
      return [expressionDoc(expression.expression), " as ", typeDoc(expression.type)];
    case "array":
      if (expression.items.length === 0) return "[]";
      return group(["[", indent([softline, join([",", line], expression.items.map(expressionDoc))]), ifBreak(","), softline, "]"], {
        shouldBreak: expression.items.length > 1 && expression.items.every((item) => (item.kind === "object" && item.properties.length > 1) || (item.kind === "array" && item.items.length > 1)),
      });
    case "object":
      return objectDoc(expression);
    case "arrow": {
      const parameters = group(["(", expression.parameters.length === 0 ? "" : [indent([softline, join([",", line], expression.parameters)]), ifBreak(","), softline], ")"]);
      const signature = group(expression.isAsync ? ["async ", parameters] : parameters);
      const body = expressionDoc(expression.body);
      const sameLine = expression.body.kind === "object" || expression.body.kind === "array" || expression.body.kind === "arrow";
      return group([signature, " =>", group(sameLine ? [" ", body] : [indent([line, body])])]);
    }
    case "call":
      return callDoc(expression);
  }
}

function callDoc(call: Extract<ExpressionNode, { kind: "call" }>): Doc {
  const typeArgs: Doc = call.typeArgs ? [typeArgumentsDoc(call.typeArgs), lineSuffixBoundary] : "";
  const contents: Doc[] = [call.callee, typeArgs, argumentsDoc(call.args)];
  if (call.isNew) return ["new ", ...contents];
  // A call on a property read is a member chain of one call, which prettier groups.
  return call.callee.includes(".") ? group(contents) : contents;
}

function argumentsDoc(args: readonly ExpressionNode[]): Doc {
  if (args.length === 0) return "()";
  const printed = args.map((arg, index) => (index === args.length - 1 ? expressionDoc(arg) : [expressionDoc(arg), ",", line]));
  const allBrokenOut = () => group(["(", indent([line, ...printed]), ",", line, ")"], { shouldBreak: true });
  const last = args.at(-1)!;
  const penultimate = args.at(-2);
  const expandsLast =
    couldExpand(last) &&
    (penultimate === undefined || penultimate.kind !== last.kind) &&
    !(args.length === 2 && penultimate?.kind === "arrow" && last.kind === "array");
  if (expandsLast) {
    const head = printed.slice(0, -1);
    if (head.some((doc) => utils.willBreak(doc))) return allBrokenOut();
    const lastDoc = expressionDoc(last);
    if (utils.willBreak(lastDoc)) {
      return [builders.breakParent, conditionalGroup([["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allBrokenOut()])];
    }
    return conditionalGroup([["(", ...head, lastDoc, ")"], ["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allBrokenOut()]);
  }
  return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], { shouldBreak: printed.some((doc) => utils.willBreak(doc)) });
}

function couldExpand(arg: ExpressionNode): boolean {
  if (arg.kind === "object") return arg.properties.length > 0;
  if (arg.kind === "array") return arg.items.length > 0;
  if (arg.kind === "arrow") return arg.body.kind === "object" || arg.body.kind === "array" || arg.body.kind === "call";
  return false;
}

function objectDoc(object: Extract<ExpressionNode, { kind: "object" }>): Doc {
  if (object.properties.length === 0) return "{}";
  const properties = object.properties.map((property) => {
    if (property.kind === "spread") return `...${property.name}`;
    if (property.kind === "shorthand") return property.name;
    return propertyDoc(property.key, property.value);
  });
  return group(["{", indent([line, join([",", line], properties)]), ifBreak(","), line, "}"], { shouldBreak: object.broken });
}

/** `key: value` in an object literal, laid out as prettier's assignment rules choose for this key and value. */
function propertyDoc(key: string, value: ExpressionNode): Doc {
  const left = keyDoc(key);
  const right = expressionDoc(value);
  const shortKey = typeof left === "string" && stringWidth(left) < TAB_WIDTH + 3;
  const booleanOrNumber = value.kind === "literal" && value.text !== "null" && value.text !== "undefined";
  if (shortKey || booleanOrNumber) return group([group(left), ":", " ", right]);
  if (value.kind === "string" || isPoorlyBreakableChain(value)) return breakAfterOperator(left, ":", right);
  return fluid(left, ":", right);
}

/** A property read or a call without arguments or with one short one, all the way down: prettier would rather break before it. */
function isPoorlyBreakableChain(expression: ExpressionNode, deep = false): boolean {
  if (expression.kind === "name") return deep || expression.text.includes(".");
  if (expression.kind !== "call" || expression.isNew || expression.callee.includes(".")) return false;
  if (expression.typeArgs && (expression.typeArgs.length > 1 || !isSimpleTypeArgument(expression.typeArgs[0]!))) return false;
  const [only] = expression.args;
  const short = expression.args.length === 0 || (expression.args.length === 1 && only!.kind === "name" && !only!.text.includes(".") && only!.text.length <= PRINT_WIDTH / 4);
  return short;
}

function isSimpleTypeArgument(type: TypeNode): boolean {
  return type.kind !== "union" && type.kind !== "intersection" && type.kind !== "object";
}

// --- leaves ----------------------------------------------------------------

/** A property key as prettier writes it: quotes only where they are needed. */
export function keyDoc(key: string): string {
  if (!key.startsWith('"')) return key;
  const value = JSON.parse(key) as string;
  const printed = stringDoc(value);
  return isEs5IdentifierName(value) && printed.slice(1, -1) === value ? value : printed;
}

const ES5_IDENTIFIER = /^[$A-Z_a-z\p{L}\p{Nl}][$\w\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]*$/u;

function isEs5IdentifierName(text: string): boolean {
  return ES5_IDENTIFIER.test(text);
}

/**
 * A string literal as prettier prints it: double quotes unless the text holds
 * more of them than of single ones; the characters that would let it look
 * unlike its value (bidi controls, invisible marks, line separators) written as
 * `\u` escapes (see `escapeUnsafeCharacters`).
 */
export function stringDoc(value: string): string {
  const raw = escapeUnsafeCharacters(JSON.stringify(value));
  const content = raw.slice(1, -1);
  // Most strings hold no double quote, and then double quotes are prettier's choice.
  if (!content.includes('"')) return raw;
  let doubles = 0;
  let singles = 0;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    if (code === 34) doubles++;
    else if (code === 39) singles++;
  }
  if (doubles <= singles) return raw;
  // To single quotes: `\"` loses its backslash, `'` gains one, escaped backslashes stay. `raw` holds no NUL
  // (JSON.stringify escapes it), so NUL can stand in for the escaped backslashes meanwhile; replaceAll on whole strings
  // is many times faster than a regular expression with a callback on large JSON texts (the MCP operation table).
  const swapped = content.replaceAll("\\\\", "\0").replaceAll('\\"', '"').replaceAll("'", "\\'").replaceAll("\0", "\\\\");
  return `'${swapped}'`;
}

function literalDoc(value: string | number | boolean): string {
  if (typeof value === "string") return stringDoc(value);
  if (typeof value === "boolean") return String(value);
  return printNumber(JSON.stringify(value));
}

/** A number as prettier prints it: lower case, no `+` or leading zeros in the exponent, no trailing zeros or dot. */
export function printNumber(raw: string): string {
  if (raw.length === 1) return raw;
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, "$1$2")
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, "$1")
    .replace(/^([+-])?\./, "$10.")
    .replace(/(\.\d+?)0+(?=e|$)/, "$1")
    .replace(/\.(?=e|$)/, "");
}

function stringWidth(text: string): number {
  return [...text].length;
}

/**
 * A JSDoc comment before `doc`, as prettier prints it: a one-line comment as
 * written, a longer one re-indented line by line, each line trimmed except
 * where it ends in two spaces (a Markdown line break, which prettier keeps).
 */
function withDocs(text: string | undefined, doc: Doc): Doc {
  if (text === undefined) return doc;
  const lines = text.split("\n");
  if (lines.length === 1) return [`/** ${lines[0]} */`, hardline, doc];
  const body = lines.map((commentLine): Doc => {
    const written = `* ${commentLine}`.trimStart();
    const trimmed = written.trimEnd();
    return trimmed !== "*" && written.endsWith("  ") ? [" ", trimmed, "  ", builders.markAsRoot(builders.literalline)] : [" ", trimmed, hardline];
  });
  return ["/**", hardline, body, " */", hardline, doc];
}
