/**
 * Part of the plan stage: the one door every name from the spec passes through
 * on its way into code. A candidate (whatever naming rule proposed it) comes
 * out as an identifier that compiles, means nothing special to JavaScript or
 * TypeScript, and is unique in every scope that shares it; spec strings that
 * stay strings (property keys, literals) come out quoted and escaped.
 *
 * A scope is resolved once, over every namespace that shares it: the package's
 * exports (models, operation functions, resource classes, parameter types and
 * the runtime's own), the client object (resource properties, the scope method
 * and `ApiClient`'s members), and each resource class (methods, task helpers
 * and `ApiResource`'s members).
 */
import { compareCodePoints } from "../model/order.js";

/** Words no identifier may be in a strict-mode module, keywords and future reserved words alike. */
const RESERVED_WORDS = (
  "break case catch class const continue debugger default delete do else enum export extends false finally for " +
  "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
  "yield let static implements interface package private protected public await"
).split(" ");

/** Names strict mode refuses to bind, and globals TypeScript refuses to see redeclared. */
const RESTRICTED_BINDINGS = ["arguments", "eval", "undefined", "globalThis"];

/** Members every object inherits; an own member of that name shadows what callers and libraries expect. */
export const OBJECT_PROTOTYPE_MEMBERS = [
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
];

/** Names TypeScript refuses for a type alias, interface or class. */
export const PREDEFINED_TYPE_NAMES = ["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown", "void"];

/**
 * What each kind of scope always reserves. Bindings (declarations, exports,
 * variables) keep clear of reserved words and restricted names; members
 * (methods, properties) of `Object.prototype`'s. Both avoid `then`, which
 * makes a module namespace or an object thenable: `await import()` or
 * `await client` would call it.
 */
const ALWAYS_RESERVED = {
  binding: [...RESERVED_WORDS, ...RESTRICTED_BINDINGS, "then"],
  member: [...OBJECT_PROTOTYPE_MEMBERS, "then"],
} as const;

/** Whether `name` may be written bare as an identifier (or a member after `.`). */
function isPlainIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * A one-to-one spelling of any string as an identifier: letters, digits and `_`
 * stay, every other character becomes `$` + its code point in hex + `$`.
 */
export function escapeIdentifier(name: string): string {
  let escaped = /^\d/.test(name) ? "$" : "";
  for (const character of name) {
    escaped += /[A-Za-z0-9_]/.test(character) ? character : `$${character.codePointAt(0)!.toString(16)}$`;
  }
  return escaped;
}

/**
 * An identifier spelled from a name's non-ASCII letters and digits (`ユーザー取得`),
 * for names with no ASCII word to make one from; "" when it has none either.
 */
export function letterIdentifier(name: string): string {
  const kept = [...name].filter((character) => /[\p{ID_Continue}]/u.test(character) && !/[\u200c\u200d]/.test(character)).join("");
  return kept === "" || /^\p{ID_Start}/u.test(kept) ? kept : `_${kept}`;
}

export interface NameRequest {
  /** What the name is for, unique within one `claim` (an operationId, a schema key). */
  key: string;
  /** The name the naming rules propose. */
  candidate: string;
  /** The spec's own spelling, which keeps the candidate when several propose it. */
  original: string;
  /** The name to fall back on when several propose the candidate; the escaped original by default. */
  escaped?: string;
  /** The name when another request of the same original keeps the candidate (two files each defining `Error`). */
  qualified?: string;
}

/**
 * The names of one scope. Names are claimed in batches (one namespace at a
 * time, most important first); within a batch the outcome depends only on the
 * requests, never on their order.
 */
export class NameScope {
  readonly #taken: Set<string>;

  constructor(kind: keyof typeof ALWAYS_RESERVED, reserved: Iterable<string>) {
    this.#taken = new Set([...ALWAYS_RESERVED[kind], ...reserved]);
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /**
   * Names for a batch of requests. A candidate proposed once keeps it; when
   * several propose it, the one already spelled that way keeps it and the
   * others take their escaped spelling. A name still taken (reserved, claimed
   * earlier, or met twice) gets `suffix`, again until it is free, the requests
   * taken in code-point order of their keys.
   */
  claim(requests: readonly NameRequest[], suffix: string, extraReserved: readonly string[] = []): Map<string, string> {
    const proposals = new Map<string, NameRequest[]>();
    for (const request of requests) {
      const group = proposals.get(request.candidate);
      if (group) group.push(request);
      else proposals.set(request.candidate, [request]);
    }
    const proposed = requests
      .map((request) => {
        const group = proposals.get(request.candidate)!;
        const spelledAlike = group.filter((other) => other.original === other.candidate).sort((a, b) => compareCodePoints(a.key, b.key));
        const keeps = request.candidate !== "" && (group.length === 1 || request === spelledAlike[0]);
        const fallback = request.original === request.candidate && request.qualified ? request.qualified : (request.escaped ?? escapeIdentifier(request.original));
        return { key: request.key, name: keeps ? request.candidate : fallback };
      })
      .sort((a, b) => compareCodePoints(a.key, b.key));
    const extra = new Set(extraReserved);
    const blocked = (name: string) => this.#taken.has(name) || extra.has(name);
    const counts = new Map<string, number>();
    for (const { name } of proposed) counts.set(name, (counts.get(name) ?? 0) + 1);
    const names = new Map<string, string>();
    for (const { key, name } of proposed) {
      if (counts.get(name) === 1 && !blocked(name)) {
        names.set(key, name);
        this.#taken.add(name);
      }
    }
    for (const { key, name } of proposed) {
      if (names.has(key)) continue;
      let free = name === "" ? suffix : name + suffix;
      while (blocked(free)) free += suffix;
      names.set(key, free);
      this.#taken.add(free);
    }
    return names;
  }

  /** One name, claimed alone. */
  claimOne(candidate: string, suffix: string): string {
    return this.claim([{ key: "", candidate, original: candidate }], suffix).get("")!;
  }
}

/** Characters that make text read differently from how it runs (bidi controls), end lines unseen, or hide. */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A literal for generated code (a string, or any JSON value): JSON's text, plus the characters
 * JSON leaves raw that would let the text look unlike its value (bidi
 * controls, invisible marks, line separators) written as `\u` escapes, so the
 * value is the same and nothing hides in review.
 */
export function codeString(value: unknown): string {
  return escapeUnsafeCharacters(JSON.stringify(value)!);
}

/** The unsafe characters of a string literal's body written as `\u` escapes. */
export function escapeUnsafeCharacters(literalBody: string): string {
  return literalBody.replace(UNSAFE_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Prose as visible text: the unsafe characters, NUL and other controls
 * (except newline and tab) are shown as `\u{...}` rather than written, and
 * `\r\n` and a lone `\r` become `\n`.
 */
export function visibleText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNSAFE_CHARACTERS, (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

/** A property key in a type: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isPlainIdentifier(name) ? name : codeString(name);
}

/**
 * A property key in an object literal that runs: like `propertyKey`, except
 * `__proto__`, which as a plain or quoted key sets the prototype instead.
 */
export function literalKey(name: string): string {
  return name === "__proto__" ? `[${codeString(name)}]` : propertyKey(name);
}

/** Reads property `name` of `object`: `object.name`, or `object["na-me"]` when it is no identifier. */
export function propertyAccess(object: string, name: string): string {
  return isPlainIdentifier(name) ? `${object}.${name}` : `${object}[${codeString(name)}]`;
}
