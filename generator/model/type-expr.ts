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
    const identity = JSON.stringify(member);
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
  const unique = flat.filter((type, index) => flat.findIndex((other) => JSON.stringify(other) === JSON.stringify(type)) === index);
  if (unique.length === 0) return UNKNOWN;
  return unique.length === 1 ? unique[0]! : { kind: "intersection", members: unique };
}
