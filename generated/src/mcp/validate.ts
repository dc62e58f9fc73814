// Copied from templates/mcp/validate.ts by `npm run generate`. Do not edit: change that file, then regenerate.

/**
 * Checks tool arguments against the JSON Schema subset the generator emits, so
 * a bad call is answered with the field at fault instead of reaching the API
 * (or crashing the server). Unknown keywords pass: the API has the last word.
 */
export type JsonSchema = { readonly [key: string]: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** Problems with `value`, one line each, naming the field by its path (`body.title`). */
export function validate(schema: JsonSchema, value: unknown, at = ""): string[] {
  const where = at || "arguments";
  const types = schema["type"];
  if (typeof types === "string" || Array.isArray(types)) {
    const allowed = (Array.isArray(types) ? types : [types]) as string[];
    if (!allowed.some((type) => matchesType(value, type)))
      return [`${where}: expected ${allowed.join(" or ")}, got ${typeOf(value)}`];
  }
  if ("const" in schema && value !== schema["const"])
    return [`${where}: must be ${JSON.stringify(schema["const"])}`];
  const choices = schema["enum"];
  if (Array.isArray(choices) && !choices.includes(value))
    return [
      `${where}: must be one of ${choices.map((choice) => JSON.stringify(choice)).join(", ")}`,
    ];
  const anyOf = schema["anyOf"];
  if (Array.isArray(anyOf)) {
    const attempts = (anyOf as JsonSchema[]).map((member) => validate(member, value, at));
    if (!attempts.some((problems) => problems.length === 0))
      return attempts.reduce((best, problems) => (problems.length < best.length ? problems : best));
  }
  const problems: string[] = [];
  const allOf = schema["allOf"];
  if (Array.isArray(allOf))
    for (const member of allOf as JsonSchema[]) problems.push(...validate(member, value, at));
  if (isObject(value)) problems.push(...validateObject(schema, value, at));
  const items = schema["items"];
  if (Array.isArray(value) && isObject(items))
    value.forEach((item, index) => problems.push(...validate(items, item, `${where}[${index}]`)));
  return problems;
}

function validateObject(schema: JsonSchema, value: Record<string, unknown>, at: string): string[] {
  const problems: string[] = [];
  const field = (name: string) => (at ? `${at}.${name}` : name);
  const properties = isObject(schema["properties"])
    ? (schema["properties"] as Record<string, JsonSchema>)
    : {};
  const required = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
  // Own members only: a field named `constructor` or `toString` is not held by every object.
  for (const name of required) {
    if (!Object.hasOwn(value, name) || value[name] === undefined)
      problems.push(`${field(name)}: is required`);
  }
  const additional = schema["additionalProperties"];
  for (const [name, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (property) problems.push(...validate(property, item, field(name)));
    else if (additional === false)
      problems.push(
        `${field(name)}: is not a known field${Object.keys(properties).length > 0 ? ` (known: ${Object.keys(properties).join(", ")})` : ""}`,
      );
    else if (isObject(additional)) problems.push(...validate(additional, item, field(name)));
  }
  return problems;
}
