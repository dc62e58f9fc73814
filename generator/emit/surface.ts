/**
 * `api-surface.json`: the snapshot of the client's surface that the next
 * generation compares against to write `CHANGES.md` (see `generator/diff/`).
 */
import type { SdkPlan } from "../plan/resources.js";
import { buildSurface, surfaceText } from "../plan/surface.js";
import type { EmitContext } from "./context.js";

export function emitSurface(context: EmitContext, sdk: SdkPlan): string {
  return surfaceText(buildSurface(context.model, context.names, sdk));
}
