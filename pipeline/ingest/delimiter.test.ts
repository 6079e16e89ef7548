import { describe, expect, test } from "vitest";
import { thrown } from "./test-helpers.js";
import { countDelimiters, detectDelimiter } from "./delimiter.js";

describe("detectDelimiter", () => {
  test("the most frequent of ; , tab in the header line wins", () => {
    expect(detectDelimiter("id;orgnr;s_1\n1;2;3\n", "f").delimiter).toBe(";");
    expect(detectDelimiter("id,orgnr,s_1\n", "f").delimiter).toBe(",");
    expect(detectDelimiter("id\torgnr\ts_1\r\n", "f").delimiter).toBe("\t");
  });

  test("delimiters inside quotes do not count: a header with ; inside a quoted field is comma-separated", () => {
    expect(countDelimiters('"a;b;c",d,"e;f"\n')).toEqual({ ";": 0, ",": 2, "\t": 0 });
    expect(detectDelimiter('"a;b;c",d,"e;f"\n', "f").delimiter).toBe(",");
  });

  test("only the header line is read, not the data below it", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5,6\n", "f").delimiter).toBe(";");
  });

  test("a sep=; first line declares the delimiter and is cut off", () => {
    const detected = detectDelimiter("sep=;\nid,navn;x\n", "f");
    expect(detected).toEqual({ delimiter: ";", sepLine: true, tableStart: 6 });
  });

  test("as many ; as , in the header is INPUT_DELIMITER_AMBIGUOUS", () => {
    const error = thrown(() => detectDelimiter("a;b,c\n", "2015/dataset.csv"));
    expect(error.format()).toBe(
      '2015/dataset.csv:1 INPUT_DELIMITER_AMBIGUOUS: The header line has as many of ";" and "," outside quotes: cannot tell the delimiter. Add a "sep=;" first line or pass the delimiter explicitly.',
    );
  });

  test("no candidate at all is INPUT_DELIMITER_UNKNOWN", () => {
    expect(thrown(() => detectDelimiter("id|orgnr\n", "f")).code).toBe("INPUT_DELIMITER_UNKNOWN");
  });

  test("an explicit delimiter overrides detection", () => {
    expect(detectDelimiter("a;b,c\n", "f", ",").delimiter).toBe(",");
  });
});
