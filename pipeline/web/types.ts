// What the web stage needs: the report's own input (the same template and data as the PDF)
// and the files published beside the web edition, which it links to.
import type { ReportInput } from "../report/types.js";

/** A file of the year's folder, as a link target: its name there and its size. */
export interface PublishedFile {
  file: string;
  bytes: number;
}

export interface WebInput extends ReportInput {
  pdf: PublishedFile;
  /** indicators.csv, microdata.csv, rejects.csv. */
  dataFiles: PublishedFile[];
}

/** The web edition: file contents by path relative to web/. */
export type WebEdition = ReadonlyMap<string, string | Uint8Array>;
