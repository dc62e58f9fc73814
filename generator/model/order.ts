/**
 * Ordering rules. Output order comes from explicit keys compared by code point,
 * never from the spec's own key order, a hash map or the locale.
 */
import type { Property } from "./types.js";

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `id` first, then required properties, then optional ones, each group alphabetical. */
export function orderProperties(properties: Property[]): Property[] {
  const rank = (property: Property) => (property.name === "id" ? 0 : property.required ? 1 : 2);
  return [...properties].sort((a, b) => rank(a) - rank(b) || compareCodePoints(a.name, b.name));
}
