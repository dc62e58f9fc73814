/**
 * The non-TypeScript files that make `generated/` an installable package.
 */
import type { ApiModel } from "../model/types.js";
import { escapeUnsafeCharacters } from "../plan/identifiers.js";

export interface PackageSettings {
  /** npm package name; derived from the spec's title when not given. */
  name?: string;
  /** Exact versions of the runtime's dependencies, by package name. */
  dependencies: Record<string, string>;
  typescriptVersion: string;
  /** Version of `@modelcontextprotocol/sdk` the MCP entry point is built and tested with. */
  mcpSdkVersion: string;
}

/** Refuses to pack a package without its compiled JavaScript, saying how to get it, rather than ship one that cannot be imported. */
const PREPACK_CHECK =
  "node -e \"if (!require('node:fs').existsSync('dist/index.js')) { console.error('dist/ is missing: regenerate this package with --build (npm run generate -- --build), or run npm install && npm run build here'); process.exit(1) }\"";

export function packageJson(model: ApiModel, settings: PackageSettings): string {
  const name = settings.name ?? packageNameFor(model.title);
  const manifest = {
    name,
    version: /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(model.version) ? model.version : "0.0.0",
    description: `Typed client for the ${model.title}, generated from its OpenAPI description.`,
    type: "module",
    exports: {
      ".": { types: "./dist/index.d.ts", import: "./dist/index.js" },
      "./mcp": { types: "./dist/mcp/index.d.ts", import: "./dist/mcp/index.js" },
    },
    bin: { [`${name}-mcp`]: "./dist/mcp/main.js" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "src", "api.md"],
    sideEffects: false,
    engines: { node: ">=20" },
    // The generator builds dist/ (npm run generate), so packing needs nothing installed; `build` is for hand edits, after npm install.
    scripts: { build: "tsc -p tsconfig.json", prepack: PREPACK_CHECK },
    dependencies: sortedRecord(settings.dependencies),
    // Only the MCP entry point imports the SDK: client users never install it.
    peerDependencies: { "@modelcontextprotocol/sdk": `^${settings.mcpSdkVersion}` },
    peerDependenciesMeta: { "@modelcontextprotocol/sdk": { optional: true } },
    devDependencies: { "@modelcontextprotocol/sdk": settings.mcpSdkVersion, typescript: settings.typescriptVersion },
  };
  return escapeUnsafeCharacters(JSON.stringify(manifest, null, 2)) + "\n";
}

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      declaration: true,
      outDir: "dist",
      rootDir: "src",
      skipLibCheck: true,
      verbatimModuleSyntax: true,
    },
    include: ["src"],
  };
  return JSON.stringify(config, null, 2) + "\n";
}

export function gitignore(): string {
  return "dist/\nnode_modules/\n*.tgz\n";
}

export function packageNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "api"}-client`;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));
}
