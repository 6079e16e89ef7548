// Shared by the sample's tests: the sample built from the committed reference data and
// questionnaire, once per test file.
import path from "node:path";
import { loadSample } from "./index.js";
import type { Sample } from "./generate.js";

export const INPUT_DIR = path.resolve(import.meta.dirname, "../../input");
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../templates");

let cached: Promise<Sample> | undefined;

export function committedSample(): Promise<Sample> {
  cached ??= loadSample({ inputDir: INPUT_DIR, templatesDir: TEMPLATES_DIR });
  return cached;
}
