/**
 * Prettier's layout for the code the SDK emitters write once per operation,
 * computed without it: a function or method whose body is one `return` of a
 * call (`client.request(...)`), with parameters, a return type and arguments
 * made of names, strings, object literals and calls. On a large spec this is
 * most of the code prettier would otherwise format.
 *
 * The layout rules are prettier's for this narrow shape: a signature stays on
 * one line when it fits and nothing in it must break, else one parameter a
 * line; a call's arguments stay on the line when they fit, a lone object
 * argument hugs the parentheses, else one argument a line; an object literal
 * that does not fit puts one property a line. Anything else (a value that would
 * move below its key, an object as the last of several arguments, arrow
 * functions, `new`, comments inside) gives undefined and is left to prettier.
 * The format tests hold the result to prettier's on the real specs.
 */
import { formatMembers, isCanonicalType } from "./declarations.js";

const INDENT = "  ";

type Expression =
  | { kind: "name"; text: string }
  | { kind: "string"; text: string }
  | { kind: "member"; object: Expression; property: string }
  | { kind: "call"; callee: Expression; args: Expression[] }
  | { kind: "object"; properties: { key: string; value: Expression }[] };

/** The unit (doc comment, signature, body) formatted at `indent`; undefined when it is not of this shape. */
export function formatOperationCode(lines: string[], indent: string, printWidth: number): string[] | undefined {
  const out: string[] = [];
  let index = 0;
  const first = lines[0]?.trim() ?? "";
  if (first.startsWith("/**")) {
    if (first.endsWith("*/")) {
      if (first.indexOf("*/") !== first.length - 2) return undefined;
      out.push(indent + first);
      index = 1;
    } else {
      if (first !== "/**") return undefined;
      out.push(`${indent}/**`);
      for (index = 1; index < lines.length; index++) {
        const line = lines[index]!;
        const content = line.trim();
        if (!content.startsWith("*") || /\s$/.test(line)) return undefined;
        out.push(`${indent} ${content}`);
        if (content.includes("*/")) {
          if (content !== "*/") return undefined;
          break;
        }
      }
      index++;
    }
  }
  // Trailing whitespace stays: in a doc comment prettier keeps some of it, so the members below refuse it.
  const code = lines.slice(index).map((line) => line.trimStart());
  if (code.length < 3 || code.at(-1) !== "}") return undefined;
  const body = code.at(-2)!;
  const signature = code.slice(0, -2).join("\n");
  const head = /^(export function [A-Za-z_$][\w$]*|[A-Za-z_$][\w$]*)\(/.exec(signature);
  if (!head || !signature.endsWith(" {")) return undefined;
  const parts = splitSignature(signature.slice(head[0].length, -2));
  if (!parts) return undefined;
  const printedSignature = formatSignature(head[1]!, parts.parameters, parts.returnType, indent, printWidth);
  const returned = /^return (.+);$/.exec(body);
  const call = returned ? parseExpression(returned[1]!) : undefined;
  if (!printedSignature || !call || call.kind !== "call") return undefined;
  const printedBody = layout(call, indent + INDENT, "return ", ";", printWidth);
  if (!printedBody) return undefined;
  return [...out, ...printedSignature, ...printedBody, `${indent}}`];
}

/** Parameters (`name: type`, `name?: type`, `name: type = {}`) and the return type, split at the top-level commas. */
function splitSignature(text: string): { parameters: string[]; returnType: string } | undefined {
  const parameters: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '"') {
      const end = text.indexOf('"', index + 1);
      if (end === -1) return undefined;
      index = end;
    } else if ("({[<".includes(character)) {
      depth++;
    } else if (")}]>".includes(character)) {
      if (depth === 0 && character === ")") {
        parameters.push(text.slice(start, index).trim());
        if (!text.startsWith("): ", index)) return undefined;
        return { parameters: parameters.filter((parameter) => parameter !== ""), returnType: text.slice(index + 3) };
      }
      depth--;
    } else if (character === "," && depth === 0) {
      parameters.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return undefined;
}

/** A type on one line, or an object type whose members follow on their own lines: the lines it prints as, its first after `prefix`. */
function typeLines(type: string, indent: string, prefix: string, suffix: string, printWidth: number): string[] | undefined {
  if (!type.includes("\n")) {
    const line = indent + prefix + type + suffix;
    return isCanonicalType(type) && line.length <= printWidth ? [line] : undefined;
  }
  const object = /^(|Promise<)\{\n([\s\S]*)\n\}(>?)$/.exec(type);
  if (!object || (object[1] === "") !== (object[3] === "")) return undefined;
  const members = formatMembers(object[2]!.split("\n"), indent + INDENT, printWidth);
  const open = `${indent}${prefix}${object[1]}{`;
  return members && open.length <= printWidth ? [open, ...members, `${indent}}${object[3]}${suffix}`] : undefined;
}

function formatSignature(head: string, parameters: string[], returnType: string, indent: string, printWidth: number): string[] | undefined {
  const parsed = parameters.map((parameter) => /^([A-Za-z_$][\w$]*\??): ([\s\S]+?)( = \{\})?$/.exec(parameter));
  if (parsed.some((match) => !match)) return undefined;
  const multiLine = returnType.includes("\n") || parameters.some((parameter) => parameter.includes("\n"));
  const flat = `${indent}${head}(${parameters.join(", ")}): ${returnType} {`;
  if (!multiLine) {
    if (flat.length <= printWidth && [...parsed.map((match) => match![2]!), returnType].every(isCanonicalType)) return [flat];
  }
  const lines = [`${indent}${head}(`];
  for (const match of parsed) {
    const printed = typeLines(match![2]!, indent + INDENT, `${match![1]}: `, `${match![3] ?? ""},`, printWidth);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  const returned = typeLines(returnType, indent, "): ", " {", printWidth);
  return returned ? [...lines, ...returned] : undefined;
}

/** The expression printed at `indent` after `prefix` and before `suffix`, as prettier lays it out; undefined outside the known shapes. */
function layout(expression: Expression, indent: string, prefix: string, suffix: string, printWidth: number): string[] | undefined {
  const flat = indent + prefix + flatText(expression) + suffix;
  if (flat.length <= printWidth) return [flat];
  if (expression.kind === "object" && expression.properties.length > 0) {
    const lines = [`${indent}${prefix}{`];
    for (const property of expression.properties) {
      const value = property.value;
      const fits = (indent + INDENT + property.key + ": " + flatText(value) + ",").length <= printWidth;
      // A name, member or string too long for its key's line would move below the key: not modelled.
      if (!fits && value.kind !== "object" && value.kind !== "call") return undefined;
      const printed = layout(value, indent + INDENT, `${property.key}: `, ",", printWidth);
      if (!printed) return undefined;
      lines.push(...printed);
    }
    return [...lines, `${indent}}${suffix}`];
  }
  if (expression.kind !== "call") return undefined;
  const open = `${indent}${prefix}${flatText(expression.callee)}(`;
  if (open.length > printWidth) return undefined;
  const [only] = expression.args;
  if (expression.args.length === 1 && only!.kind === "object" && only!.properties.length > 0) {
    return layout(only!, indent, `${prefix}${flatText(expression.callee)}(`, `)${suffix}`, printWidth);
  }
  if (expression.args.at(-1)?.kind === "object" || expression.args.length === 0) return undefined;
  const lines = [open];
  for (const argument of expression.args) {
    const printed = layout(argument, indent + INDENT, "", ",", printWidth);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  return [...lines, `${indent})${suffix}`];
}

function flatText(expression: Expression): string {
  switch (expression.kind) {
    case "name":
    case "string":
      return expression.text;
    case "member":
      return expression.property.startsWith('"')
        ? `${flatText(expression.object)}[${expression.property}]`
        : `${flatText(expression.object)}.${expression.property}`;
    case "call":
      return `${flatText(expression.callee)}(${expression.args.map(flatText).join(", ")})`;
    case "object":
      return expression.properties.length === 0
        ? "{}"
        : `{ ${expression.properties.map((property) => `${property.key}: ${flatText(property.value)}`).join(", ")} }`;
  }
}

const TOKEN = /\s*(?:([A-Za-z_$][\w$]*)|("(?:[^"\\]|\\[\\nrtbf])*")|([{}()[\],.:]))/y;

/**
 * The expression in `text`, when it is made of the pieces above and written the
 * way prettier prints it flat (so a key that prettier would unquote, or spacing
 * it would change, gives undefined).
 */
function parseExpression(text: string): Expression | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return undefined;
    tokens.push(match[0].trim());
  }
  let position = 0;
  const peek = () => tokens[position];
  const expression = (): Expression | undefined => {
    let current = primary();
    while (current) {
      if (peek() === ".") {
        position++;
        const name = tokens[position++];
        if (!name || !/^[A-Za-z_$]/.test(name)) return undefined;
        current = { kind: "member", object: current, property: name };
      } else if (peek() === "[") {
        position++;
        const key = tokens[position++];
        if (!key?.startsWith('"') || tokens[position++] !== "]" || isPlainKey(key.slice(1, -1))) return undefined;
        current = { kind: "member", object: current, property: key };
      } else if (peek() === "(") {
        position++;
        const args: Expression[] = [];
        while (peek() !== ")") {
          const argument = expression();
          if (!argument) return undefined;
          args.push(argument);
          if (peek() === ",") position++;
          else if (peek() !== ")") return undefined;
        }
        position++;
        current = { kind: "call", callee: current, args };
      } else {
        return current;
      }
    }
    return undefined;
  };
  const primary = (): Expression | undefined => {
    const token = tokens[position++];
    if (token === undefined) return undefined;
    if (token.startsWith('"')) return { kind: "string", text: token };
    if (/^[A-Za-z_$]/.test(token)) return token === "new" || token === "function" ? undefined : { kind: "name", text: token };
    if (token !== "{") return undefined;
    const properties: { key: string; value: Expression }[] = [];
    while (peek() !== "}") {
      const key = tokens[position++];
      if (!key || (key.startsWith('"') ? isPlainKey(key.slice(1, -1)) : !/^[A-Za-z_$]/.test(key)) || tokens[position++] !== ":") return undefined;
      const value = expression();
      if (!value) return undefined;
      properties.push({ key, value });
      if (peek() === ",") position++;
      else if (peek() !== "}") return undefined;
    }
    position++;
    return { kind: "object", properties };
  };
  const parsed = expression();
  // Written as prettier writes it flat, or prettier would print something else.
  return parsed && position === tokens.length && flatText(parsed) === text ? parsed : undefined;
}

/** A key or property name that prettier writes without quotes (or a number, which it may rewrite): quoted, it would not stay so. */
function isPlainKey(text: string): boolean {
  return /^(?:[A-Za-z_$][\w$]*|\d+(?:\.\d+)?)$/.test(text) || text === "";
}
