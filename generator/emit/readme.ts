/**
 * The generated package's README: how to install it and make a first call.
 */
import { packageNameFor, type PackageSettings } from "./package-files.js";
import type { EmitContext } from "./context.js";
import { visibleText } from "../plan/identifiers.js";
import type { SdkPlan } from "../plan/resources.js";
import { mcpReadmeSection } from "../mcp/emit.js";

export function readme(context: EmitContext, settings: PackageSettings, plan: SdkPlan): string {
  const { model } = context;
  const packageName = settings.name ?? packageNameFor(model.title);
  const example = plan.resources
    .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
    .find(({ method }) => method.operation.method === "get" && !method.operation.parameters.some((parameter) => parameter.required));
  const lines = [
    `# ${packageName}`,
    "",
    `A typed client for the ${visibleText(model.title)} (version ${visibleText(model.version)}), generated from its OpenAPI description. Do not edit it by hand: it is regenerated with \`npm run generate\`.`,
    "",
    "Every method, its route and its types are listed in `api.md`.",
    "",
    "## Usage",
    "",
    "```ts",
    `import { createClient } from "${packageName}";`,
    "",
    "const client = createClient({ token: process.env.API_TOKEN });",
    ...(example ? [`const result = await client.${example.resource.property}.${example.method.name}();`] : []),
    "```",
    "",
    ...mcpReadmeSection(model, packageName),
  ];
  return lines.join("\n");
}
