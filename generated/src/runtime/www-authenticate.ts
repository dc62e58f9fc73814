// Copied from templates/runtime/www-authenticate.ts by `npm run generate`. Do not edit: change that file, then regenerate.

/** One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1). */
export interface AuthChallenge {
  scheme: string;
  /** Auth parameters with lower-cased names. */
  params: Record<string, string>;
  token68?: string;
  /** RFC 6750 `error`, e.g. `invalid_token`. */
  error?: string;
  /** RFC 6750 `error_description`. */
  error_description?: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
const PARAM = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*([\s\S]*)$/;

/** Splits on commas that are outside quoted strings. */
function splitOutsideQuotes(header: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const char = header[i] as string;
    if (quoted && char === "\\" && i + 1 < header.length) {
      current += char + header[++i];
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== "");
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return trimmed;
}

function addParam(challenge: AuthChallenge, name: string, rawValue: string): void {
  const key = name.toLowerCase();
  const value = unquote(rawValue);
  challenge.params[key] = value;
  if (key === "error") challenge.error = value;
  if (key === "error_description") challenge.error_description = value;
}

/** Parses every challenge in a `WWW-Authenticate` value; malformed pieces are skipped, never thrown. */
export function parseWwwAuthenticate(header: string | null | undefined): AuthChallenge[] {
  if (!header) return [];
  const challenges: AuthChallenge[] = [];
  let current: AuthChallenge | undefined;
  for (const part of splitOutsideQuotes(header)) {
    const param = PARAM.exec(part);
    if (param && current && !TOKEN68.test(part)) {
      addParam(current, param[1] as string, param[2] as string);
      continue;
    }
    const space = part.search(/\s/);
    const scheme = space === -1 ? part : part.slice(0, space);
    if (!TOKEN.test(scheme)) continue;
    current = { scheme, params: {} };
    challenges.push(current);
    const rest = space === -1 ? "" : part.slice(space).trim();
    if (rest === "") continue;
    const firstParam = PARAM.exec(rest);
    if (TOKEN68.test(rest)) current.token68 = rest;
    else if (firstParam) addParam(current, firstParam[1] as string, firstParam[2] as string);
  }
  return challenges;
}
