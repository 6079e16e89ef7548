// Helpers shared by the ingest tests (not part of the stage).
import { ItipError } from "../errors.js";

export const READSX = "pipeline/testdata/surveyxact-readsx";
export const TINY = "pipeline/testdata/ingest";

export function readsxFiles(prefix: "semicolon_ansi" | "comma_ansi" | "tab_utf16") {
  return {
    dataset: `${READSX}/${prefix}-dataset.csv`,
    structure: `${READSX}/${prefix}-structure.csv`,
    labels: `${READSX}/${prefix}-labels.csv`,
  };
}

/** The ItipError a call throws (sync or async); fails the test if it throws anything else. */
export async function caught(fn: () => unknown): Promise<ItipError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ItipError) return error;
    throw error;
  }
  throw new Error("expected an ItipError");
}

/** The ItipError a synchronous call throws; fails the test if it throws anything else. */
export function thrown(fn: () => unknown): ItipError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ItipError) return error;
    throw error;
  }
  throw new Error("expected an ItipError");
}
