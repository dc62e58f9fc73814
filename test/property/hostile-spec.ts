/**
 * Random small OpenAPI documents for the property suite (issue #16): hostile
 * strings in every position that holds text, names drawn from the lists a
 * generator must keep clear of, names that collide, and nested schemas.
 */
import fc from "fast-check";

/** Text that runs code, or ends a comment, string or line, if copied raw into generated TypeScript. */
export const HOSTILE_STRINGS = [
  "*/ globalThis.__pwned = 1; /*",
  "\u2028globalThis.__pwned = 1; //",
  "\u2029globalThis.__pwned = 1; //",
  '"; globalThis.__pwned = 1; "',
  "'; globalThis.__pwned = 1; '",
  "`; globalThis.__pwned = 1; `",
  "${globalThis.__pwned = 1}",
  "\\",
  "\\u0022",
  "\n*/\nglobalThis.__pwned = 1;\n/*",
  "<!-- --> </script>",
  "\u202egnp.exe\u202c",
  "a\u0000b",
  "// comment",
  "@example globalThis.__pwned = 1",
  "x`y${z}`",
  "",
  " ",
  "😀 ünïcödé 名前",
];

/** Names a generator must keep clear of: JS and TS reserved words, strict-mode names, Object.prototype, `then`, the runtime's own members. */
export const RESERVED_NAMES = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
  "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
  "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface", "package",
  "private", "protected", "public", "await", "async", "eval", "arguments", "undefined", "NaN", "Infinity", "any", "string", "number",
  "boolean", "never", "unknown", "object", "symbol", "type", "as", "then", "constructor", "__proto__", "prototype", "toString",
  "hasOwnProperty", "valueOf", "isPrototypeOf", "request", "raw", "requestWithResponse", "download", "toJSON", "call", "paginate",
  "client", "options", "params", "input", "body", "path", "query", "header", "Client", "createClient", "ApiClient", "ApiPromise",
  "Models", "Specs", "paths", "DEFAULT_BASE_URL", "RequestOptions", "Error", "Promise", "Object", "Array",
];

const plainWord = fc.constantFrom("pet", "owner", "id", "name", "list", "item", "user_id", "project-id", "Tag", "URL", "x1");

/** Any text: hostile, reserved, plain, or random unicode. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...RESERVED_NAMES) },
  { weight: 2, arbitrary: plainWord },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);

export interface NameSettings {
  /** Draw identifiers (operationIds, tags, parameter, property and schema names) from `anyText`; else from plain words only. */
  hostileNames: boolean;
}

function names(settings: NameSettings): fc.Arbitrary<string> {
  return settings.hostileNames ? anyText.filter((text) => text.trim() !== "") : plainWord;
}

type Json = Record<string, unknown>;

function scalarSchema(): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.record({ type: fc.constant("string"), description: anyText, example: anyText, default: anyText }, { requiredKeys: ["type"] }),
    fc.record({ type: fc.constant("string"), enum: fc.uniqueArray(anyText, { minLength: 1, maxLength: 4 }) }),
    fc.record({ type: fc.constant("integer"), enum: fc.uniqueArray(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ["type"] }),
    fc.record({ type: fc.constantFrom("number", "boolean"), description: anyText }, { requiredKeys: ["type"] }),
  );
}

function schema(settings: NameSettings, schemaNames: string[]): fc.Arbitrary<Json> {
  const ref = schemaNames.length === 0 ? [] : [fc.constantFrom(...schemaNames).map((name) => ({ $ref: `#/components/schemas/${pointerToken(name)}` }))];
  const { nested } = fc.letrec<{ nested: Json }>((tie) => ({
    nested: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalarSchema(),
      ...ref,
      fc.record({ type: fc.constant("array"), items: tie("nested") }),
      fc.record(
        {
          type: fc.constant("object"),
          description: anyText,
          properties: fc.dictionary(names(settings), tie("nested"), { maxKeys: 3 }),
          additionalProperties: fc.boolean(),
        },
        { requiredKeys: ["type", "properties"] },
      ),
      fc.record({ oneOf: fc.array(tie("nested"), { minLength: 1, maxLength: 3 }) }),
      fc.record({ allOf: fc.array(tie("nested"), { minLength: 1, maxLength: 2 }) }),
    ),
  }));
  return nested.map((value) => withRequired(value));
}

/** Marks some properties required, so both required and optional members appear. */
function withRequired(value: Json): Json {
  const properties = value.properties as Json | undefined;
  if (!properties) return value;
  const keys = Object.keys(properties);
  return keys.length === 0 ? value : { ...value, required: keys.filter((_, index) => index % 2 === 0) };
}

function pointerToken(name: string): string {
  return encodeURIComponent(name.replaceAll("~", "~0").replaceAll("/", "~1"));
}

const LOCATIONS = ["path", "query", "header", "cookie"] as const;

/** Header and cookie names that are HTTP tokens yet end a string or template literal if copied raw into code. */
const HOSTILE_TOKENS = ["x`y", "a'b", "`", "'", "!#$%&'*+-.^_`|~", "x|y&z", "__proto__", "constructor"];

/**
 * A header or cookie name: mostly one a request can carry, sometimes any text,
 * which the generator must refuse (or, when optional, leave out) when it is no
 * HTTP token. Drawn from any text every time, nearly every document would be
 * refused and none called.
 */
function headerNames(settings: NameSettings): fc.Arbitrary<string> {
  if (!settings.hostileNames) return plainWord;
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
    { weight: 2, arbitrary: fc.constantFrom(...RESERVED_NAMES) },
    { weight: 1, arbitrary: plainWord },
    { weight: 1, arbitrary: names(settings) },
  );
}

function parameter(settings: NameSettings): fc.Arbitrary<Json> {
  return fc
    .constantFrom(...LOCATIONS)
    .chain((location) =>
      fc.record({
        name: location === "header" || location === "cookie" ? headerNames(settings) : names(settings),
        in: fc.constant(location),
        required: fc.boolean(),
        description: anyText,
        example: anyText,
      }),
    )
    .map((raw) => ({ ...raw, required: raw.in === "path" ? true : raw.required, schema: { type: "string" } }));
}

/** A whole document: a few schemas (which may refer to one another), operations with parameters, tags, servers. */
export function hostileSpec(settings: NameSettings): fc.Arbitrary<Json> {
  return fc.uniqueArray(names(settings), { minLength: 0, maxLength: 3 }).chain((schemaNames) =>
    fc
      .record({
        title: anyText,
        description: anyText,
        server: fc.oneof(fc.constant("https://api.example.test/v1"), anyText.map((text) => `https://api.example.test/${text}`)),
        schemas: fc.tuple(...schemaNames.map(() => schema(settings, schemaNames))),
        operations: fc.uniqueArray(
          fc.record({
            operationId: names(settings),
            tag: names(settings),
            method: fc.constantFrom("get", "post", "put", "delete", "patch"),
            segment: fc.constantFrom("a", "b", "c"),
            summary: anyText,
            parameters: fc.uniqueArray(parameter(settings), {
              maxLength: 4,
              // With hostile names, a name may recur in another location, and the method then takes its parameters grouped by location.
              selector: (p) => `${settings.hostileNames ? p.in : ""} ${(p.name as string).toLowerCase()}`,
            }),
            body: fc.option(schema(settings, schemaNames), { nil: undefined }),
            bodyRequired: fc.boolean(),
            result: fc.option(schema(settings, schemaNames), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 3, selector: (operation) => operation.operationId },
        ),
      })
      .map(({ title, description, server, schemas, operations }) => {
        const paths: Record<string, Json> = {};
        for (const operation of operations) {
          const pathParameters = operation.parameters.filter((p) => p.in === "path");
          const route = `/${operation.segment}${pathParameters.map((p) => `/{${p.name as string}}`).join("")}`;
          const item = (paths[route] ??= {});
          if (item[operation.method]) continue;
          item[operation.method] = {
            operationId: operation.operationId,
            tags: [operation.tag],
            summary: operation.summary,
            parameters: operation.parameters,
            ...(operation.body && operation.method !== "get" && operation.method !== "delete"
              ? { requestBody: { required: operation.bodyRequired, content: { "application/json": { schema: operation.body } } } }
              : {}),
            responses: {
              "200": { description: operation.summary || "ok", ...(operation.result ? { content: { "application/json": { schema: operation.result } } } : {}) },
            },
          };
        }
        return {
          openapi: "3.0.3",
          info: { title, description, version: "1.0.0" },
          servers: [{ url: server, description }],
          tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name, description })),
          paths,
          components: { schemas: Object.fromEntries(schemaNames.map((name, index) => [name, schemas[index]])) },
        };
      }),
  );
}
