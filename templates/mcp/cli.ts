import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import {
  createMcpServer,
  matches,
  type McpClient,
  type McpMode,
  type McpOperation,
  type McpServerInfo,
  type McpTask,
} from "./server.js";

/** Node's `process`, declared here so the package needs no Node type definitions for its browser-safe client. */
declare const process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode?: number | string;
  stderr: { write(text: string): boolean };
};

export interface RunOptions {
  /** The switches; `process.argv` after the script by default. */
  argv?: readonly string[];
  /** Where the token and base URL are read; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  createClient: (options: { token?: string; baseUrl?: string }) => McpClient;
  operations: readonly McpOperation[];
  tasks: readonly McpTask[];
  info: McpServerInfo;
}

export interface ServerSwitches {
  mode: McpMode;
  only: string[];
  readOnly: boolean;
}

function usage(info: McpServerInfo): string {
  return [
    `Usage: ${info.name}-mcp [--tools RESOURCE,...] [--read-only]`,
    "",
    "Serves the API as MCP tools over stdio.",
    "  (default)           compact mode: list_operations, describe_operation, invoke_operation",
    "  --tools a,b         one tool per operation of these resources (or tool names); --tools all for every one",
    "  --read-only         expose and allow GET operations only",
    "",
    `The token is read from ${info.tokenEnv} only; ${info.baseUrlEnv} overrides the base URL.`,
  ].join("\n");
}

/** The switches, or the reason they are refused. */
export function parseSwitches(
  argv: readonly string[],
): ServerSwitches | { error: string } | "help" {
  const switches: ServerSwitches = { mode: "compact", only: [], readOnly: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const [flag, inline] =
      argument.startsWith("--") && argument.includes("=")
        ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)]
        : [argument, undefined];
    if (flag === "--help" || flag === "-h") return "help";
    if (flag === "--read-only") switches.readOnly = true;
    else if (flag === "--tools") {
      const value = inline ?? argv[++index];
      if (!value) return { error: "--tools needs a list of resources, or all" };
      switches.mode = "tools";
      switches.only =
        value === "all"
          ? []
          : value
              .split(",")
              .map((entry) => entry.trim())
              .filter(Boolean);
    } else if (flag === "--token")
      return { error: "the token is read from the environment only, never from the command line" };
    else return { error: `unknown argument ${JSON.stringify(argument)}` };
  }
  return switches;
}

/**
 * The `bin`: reads the switches and the environment, then serves over stdio.
 * stdout carries the protocol, so every human-readable line goes to stderr.
 */
export async function runMcpServer(options: RunOptions): Promise<void> {
  const switches = parseSwitches(options.argv ?? process.argv.slice(2));
  const env = options.env ?? process.env;
  if (switches === "help") {
    process.stderr.write(`${usage(options.info)}\n`);
    return;
  }
  if ("error" in switches) {
    process.stderr.write(`error: ${switches.error}\n\n${usage(options.info)}\n`);
    process.exitCode = 2;
    return;
  }
  const unknown = switches.only.filter(
    (entry) => !options.operations.some((operation) => matches(operation, [entry])),
  );
  if (unknown.length > 0) {
    process.stderr.write(
      `error: --tools names no resource or tool ${unknown.map((entry) => JSON.stringify(entry)).join(", ")}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const token = env[options.info.tokenEnv] || undefined;
  const baseUrl = env[options.info.baseUrlEnv] || undefined;
  const client = options.createClient({
    ...(token ? { token } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  });
  const server = createMcpServer({
    client,
    operations: options.operations,
    tasks: options.tasks,
    info: options.info,
    mode: switches.mode,
    only: switches.only,
    readOnly: switches.readOnly,
    secrets: token ? [token] : [],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  await server.connect(new StdioServerTransport());
  const stopped = !token ? ` (no ${options.info.tokenEnv}: calls go unauthenticated)` : "";
  process.stderr.write(
    `${options.info.name} MCP server on stdio, ${switches.mode} mode${switches.readOnly ? ", read-only" : ""}${stopped}\n`,
  );
}
