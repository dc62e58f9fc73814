import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO } from "../generator/support.js";

/**
 * The client generated from the real v3.1 description by `test/global-setup.ts`
 * (inside the repository, so it resolves openapi-fetch). Typed loosely: the
 * package's types are checked by the real-spec and consumer tests.
 */
export async function generatedD360Client(): Promise<any> {
  return import(pathToFileURL(path.join(GENERATED_V31, "src", "index.ts")).href);
}

export const GENERATED_V31 = path.join(REPO, ".tmp", "sdk", "v3.1.json");

export const PROJECT = "9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d";
