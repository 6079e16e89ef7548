import { describe, expect, it } from "vitest";
import { fallWord, riseWord, significanceWord } from "./claim-words.js";

describe("riseWord and fallWord", () => {
  it("find the words that tell a rise or a fall, as written", () => {
    expect(riseWord("Andelen Økte kraftig")).toBe("Økte");
    expect(riseWord("en økning på 23 prosent")).toBe("økning");
    expect(riseWord("Flere tilbyr avanserte tjenester")).toBe("Flere");
    expect(fallWord("Andelen falt")).toBe("falt");
    expect(fallWord("Færre tilbyr")).toBe("Færre");
    expect(fallWord("en nedgang")).toBe("nedgang");
  });

  it("match whole words only, with Norwegian letters counted as letters", () => {
    expect(riseWord("de fleste kommunene")).toBeUndefined();
    expect(riseWord("søkte om midler")).toBeUndefined();
    expect(fallWord("tilfalt staten")).toBeUndefined();
    expect(fallWord("i alle fall")).toBeUndefined();
  });

  it("find nothing in neutral text", () => {
    const text = "Andelen virksomheter som i hovedsak tilbyr avanserte innbyggertjenester  .";
    expect(riseWord(text)).toBeUndefined();
    expect(fallWord(text)).toBeUndefined();
  });
});

describe("significanceWord", () => {
  it("finds words on significance and uncertainty in any inflection", () => {
    expect(significanceWord("en signifikant forskjell")).toBe("signifikant");
    expect(significanceWord("innenfor den statistiske usikkerheten")).toBe("usikkerheten");
    expect(significanceWord("Signifikante endringer")).toBe("Signifikante");
  });

  it("finds nothing in neutral text", () => {
    expect(significanceWord("en forskjell på  ")).toBeUndefined();
  });
});
