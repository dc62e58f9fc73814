/**
 * `src/index.ts`: the package's public surface.
 */
import type { EmitContext } from "./context.js";
import { clientModuleExports } from "../plan/naming.js";
import { reexport, type Statement } from "./ts.js";
import type { SdkPlan } from "../plan/resources.js";

export function emitIndex(context: EmitContext, plan: SdkPlan): Statement[] {
  return [
    reexport("./client.js", { names: clientModuleExports(context.model, plan.scopeParameter) }),
    reexport("./resources.js"),
    reexport("./operations.js"),
    reexport("./models.js", { typeOnly: true }),
    reexport("./models.js", { typeOnly: true, namespace: "Models" }),
    reexport("./paths.js", { typeOnly: true, names: [{ name: "paths" }] }),
    reexport("./runtime/index.js"),
  ];
}
