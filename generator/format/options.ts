/**
 * The layout every generated file is printed with, by the doc printer and by
 * prettier alike. Its own module so that the runs that only read these
 * (`--verify-format`, a reused generation) load nothing else of the format stage.
 */
import type { Options } from "prettier";

export const PRINT_WIDTH = 100;
export const TAB_WIDTH = 2;

export const PRETTIER_OPTIONS: Options = { printWidth: PRINT_WIDTH, tabWidth: TAB_WIDTH, trailingComma: "all", endOfLine: "lf" };
