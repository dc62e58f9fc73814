#!/usr/bin/env node
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareFormatting } from "./format.js";

// Prettier's thread takes longest to start: it loads while this one loads the rest of the generator.
prepareFormatting();
const { runCli } = await import("./cli.js");

/** Beside the repository's other tool caches, which `npm ci` clears with node_modules. */
const CACHE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".cache", "d360-client-generator");

process.exitCode = await runCli(process.argv.slice(2), undefined, { cacheDir: CACHE_DIR });
