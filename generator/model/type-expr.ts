/**
 * Building blocks for model types, shared by the model builder and the stages
 * that combine types afterwards (the SDK layer's success unions).
 */
import type { TypeExpr } from "./types.js";

const UNKNOWN: TypeExpr = { kind: "keyword", name: "unknown" };

/** A union without duplicates or nesting; `unknown` absorbs everything. */
export function union(members: TypeExpr[]): TypeExpr {
  const flat: TypeExpr[] = [];
  const seen = new Set<string>();
  for (const member of members.flatMap((type) => (type.kind === "union" ? type.members : [type]))) {
    if (member.kind === "keyword" && member.name === "unknown") return UNKNOWN;
    if (member.kind === "keyword" && member.name === "never") continue;
    const identity = identityOf(member);
    if (seen.has(identity)) continue;
    seen.add(identity);
    flat.push(member);
  }
  if (flat.length === 0) return { kind: "keyword", name: "never" };
  return flat.length === 1 ? flat[0]! : { kind: "union", members: flat };
}

/** An intersection without `unknown` members; a single member stands alone. */
export function intersection(members: TypeExpr[]): TypeExpr {
  const flat = members
    .flatMap((type) => (type.kind === "intersection" ? type.members : [type]))
    .filter((type) => !(type.kind === "keyword" && type.name === "unknown"));
  const seen = new Set<string>();
  const unique = flat.filter((type) => {
    const identity = identityOf(type);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
  if (unique.length === 0) return UNKNOWN;
  return unique.length === 1 ? unique[0]! : { kind: "intersection", members: unique };
}

const identities = new WeakMap<TypeExpr, string>();

/** A text equal for structurally equal types, remembered per object: large specs combine the same types many times. */
function identityOf(type: TypeExpr): string {
  if (type.kind === "ref") return `ref ${type.schema}`;
  if (type.kind === "keyword") return type.name;
  let identity = identities.get(type);
  if (identity === undefined) {
    identity = JSON.stringify(type);
    identities.set(type, identity);
  }
  return identity;
}
