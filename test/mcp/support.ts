import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { REPO } from "../generator/support.js";

export const GENERATED = path.join(REPO, "generated");

export interface RunningServer {
  client: Client;
  /** Everything the server wrote to stderr so far (its log lines). */
  stderr: () => string;
  call: (name: string, args?: Record<string, unknown>) => Promise<CallToolResult & { text: string }>;
  close: () => Promise<void>;
}

/**
 * Starts a generated package's MCP server (`src/mcp/main.ts`, run through tsx as
 * its `bin` runs the compiled file) as a child process and connects an MCP
 * client from the SDK to it over stdio, as an assistant's host does.
 */
export async function startServer(packageDir: string, switches: string[], env: Record<string, string>): Promise<RunningServer> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", path.join(packageDir, "src", "mcp", "main.ts"), ...switches],
    cwd: REPO,
    env,
    stderr: "pipe",
  });
  let log = "";
  transport.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const client = new Client({ name: "d360-mcp-test", version: "0.0.0" });
  await client.connect(transport);
  return {
    client,
    stderr: () => log,
    call: async (name, args = {}) => {
      const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
      const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("\n");
      return { ...result, text };
    },
    close: () => client.close(),
  };
}
