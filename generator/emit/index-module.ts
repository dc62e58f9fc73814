/**
 * `src/index.ts`: the package's public surface.
 */
import type { EmitContext } from "./context.js";
import { clientModuleExports } from "./client.js";
import { reexport, type Statement } from "./ts.js";

export function emitIndex(context: EmitContext): Statement[] {
  return [
    reexport("./client.js", { names: clientModuleExports(context.model) }),
    reexport("./operations.js"),
    reexport("./models.js", { typeOnly: true }),
    reexport("./models.js", { typeOnly: true, namespace: "Models" }),
    reexport("./paths.js", { typeOnly: true, names: [{ name: "paths" }] }),
    reexport("./runtime/index.js"),
  ];
}
