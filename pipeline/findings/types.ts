// Findings: the statements the report makes, written from the data.

export interface Finding {
  id: string;
  /** One-line heading, Norwegian. */
  title: string;
  /** The statement, Norwegian, with the numbers formatted (SPEC §6 conventions). */
  text: string;
  /** The unrounded numbers the text states, by name, so tests can check text against data. */
  numbers: Record<string, number>;
}
