#!/usr/bin/env node
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "./cli.js";

/** Beside the repository's other tool caches, which `npm ci` clears with node_modules. */
const CACHE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".cache", "d360-client-generator");

process.exitCode = await runCli(process.argv.slice(2), undefined, { cacheDir: CACHE_DIR });
