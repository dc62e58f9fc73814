#!/usr/bin/env node
// `npm run generate`; see launch.mjs for which code runs.
import { launch } from "./launch.mjs";

await launch("main");
