export const REDACTED = "[REDACTED]";

const SENSITIVE_QUERY_NAME =
  /token|secret|password|passwd|signature|credential|api[-_]?key|^sig$|^code$|^key$|auth/i;

/**
 * A URL safe to put in messages and logs: user info dropped, credential-like query values
 * (tokens, presigned-URL signatures, OAuth codes) replaced.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  parsed.username = "";
  parsed.password = "";
  const sensitiveNames = new Set<string>();
  parsed.searchParams.forEach((_, name) => {
    if (SENSITIVE_QUERY_NAME.test(name)) sensitiveNames.add(name);
  });
  for (const name of sensitiveNames) parsed.searchParams.set(name, REDACTED);
  return parsed.href;
}

/** Replaces every occurrence of `secret` in `text`; short secrets are left alone to avoid mangling ordinary words. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 8) return text;
  return text.split(secret).join(REDACTED);
}
