/**
 * `api.md`: the whole API surface on one page, one table row per method, so a
 * change to the API is a short, readable diff in review.
 */
import { compareCodePoints } from "../model/order.js";
import type { Operation } from "../model/types.js";
import type { Resource, SdkPlan } from "../plan/resources.js";
import { scopeNames } from "../plan/naming.js";
import { visibleText } from "../plan/identifiers.js";
import type { EmitContext } from "./context.js";
import { operationShape } from "../plan/operation-shape.js";
import { typeText } from "./type-text.js";

function nameOf(resource: Resource, operation: Operation): string {
  return resource.methods.find((method) => method.operation === operation)!.name;
}

export function apiMarkdown(context: EmitContext, plan: SdkPlan): string {
  const types = { schemaName: (key: string) => context.names.schemas.get(key)!, schemaPrefix: "", oneLine: true };
  const scope = scopeNames(plan.scopeParameter);
  const lines = [
    `# ${visibleText(context.model.title)} ${visibleText(context.model.version)}: API surface`,
    "",
    `Generated from ${codeSpan(context.specLabel)}. Every method of \`createClient()\`, its route, what it takes and what it returns.`,
    ...(scope ? ["", `Every resource is also reachable with \`${plan.scopeParameter}\` fixed: \`client.${scope.method}(id).<resource>\`.`] : []),
    "",
  ];
  for (const resource of plan.resources) {
    lines.push(`## ${resource.property}`, "");
    for (const method of resource.methods) {
      const shape = operationShape(method.operation, context.schemasByKey);
      const parameters = shape.groups.flatMap((group) => group.parameters.map((parameter) => `${parameter.name}${parameter.required ? "" : "?"}`));
      if (shape.body) parameters.push(`body${shape.body.required ? "" : "?"}: ${typeText(shape.body.content.type, types)}`);
      if (shape.upload) parameters.push("file", "file_name", "content_type?");
      const result = shape.success.type === null ? "void" : typeText(shape.success.type, types);
      const returns = method.pagination ? `pages of ${typeText(method.pagination.item, types)} (${result})` : result;
      const deprecated = method.operation.docs.deprecated ? " (deprecated)" : "";
      lines.push(
        `- ${codeSpan(`${resource.property}.${method.name}(${parameters.join(", ")})`)}${deprecated}: ${codeSpan(`${method.operation.method.toUpperCase()} ${method.operation.path}`)} → ${codeSpan(returns)}`,
      );
    }
    for (const task of resource.tasks) {
      lines.push(`- \`${resource.property}.${task.helpers.waitFor}\`, \`${resource.property}.${task.helpers.startAndWait}\`: poll \`GET ${task.status.path}\` until the ${task.noun.toLowerCase()} completes`);
    }
    lines.push("");
  }
  const modelNames = [...context.names.schemas.values()].sort(compareCodePoints);
  lines.push("## Models", "", "Exported by name and under `Models`:", "", ...modelNames.map((name) => `- \`${name}\``), "");
  return lines.join("\n");
}

/** Inline code that holds any text: fenced with more backticks than any run inside, padded where it starts or ends with one. */
function codeSpan(code: string): string {
  const text = visibleText(code);
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padding = longestRun > 0 && (text.startsWith("`") || text.endsWith("`")) ? " " : "";
  return `${fence}${padding}${text}${padding}${fence}`;
}
