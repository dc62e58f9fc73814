#!/usr/bin/env node
// `npm run api-diff`; see launch.mjs for which code runs.
import { launch } from "./launch.mjs";

await launch("api-diff-main");
