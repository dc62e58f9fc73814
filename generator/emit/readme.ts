/**
 * The generated package's README: how to install it and make a first call.
 */
import { packageNameFor, type PackageSettings } from "./package-files.js";
import type { EmitContext } from "./context.js";

export function readme(context: EmitContext, settings: PackageSettings): string {
  const { model, names } = context;
  const packageName = settings.name ?? packageNameFor(model.title);
  const example = model.operations.find((operation) => operation.method === "get" && !operation.parameters.some((p) => p.required));
  const lines = [
    `# ${packageName}`,
    "",
    `A typed client for the ${model.title} (version ${model.version}), generated from its OpenAPI description. Do not edit it by hand: it is regenerated with \`npm run generate\`.`,
    "",
    `It has ${model.operations.length} operations and ${model.schemas.length} model types.`,
    "",
    "## Usage",
    "",
    "```ts",
    `import { createClient${example ? `, ${names.operations.get(example.operationId)}` : ""} } from "${packageName}";`,
    "",
    'const client = createClient({ token: process.env.API_TOKEN });',
    ...(example ? [`const result = await ${names.operations.get(example.operationId)}(client);`] : []),
    "```",
    "",
  ];
  return lines.join("\n");
}
