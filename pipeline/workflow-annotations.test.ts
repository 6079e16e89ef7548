// GitHub Actions annotations: the workflow command syntax, escaped as the runner reads it, with
// the code and file:line:column that every error of the pipeline carries.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItipError } from "./errors.js";
import { templateError } from "./report/template/template-error.js";
import { annotation, errorAnnotation, outputFormat } from "./workflow-annotations.js";

const cwd = "/work/repo";
const inputDir = "/work/repo/input";

describe("annotation", () => {
  it("names the file relative to the checkout, the line, the column and the code", () => {
    const reject = {
      file: "2020/dataset.csv",
      line: 92,
      column: 2,
      code: "ROW_ORGNR_CHECKSUM",
      message: "The organisation number fails the mod-11 check digit.",
    };
    expect(annotation("warning", reject, inputDir, cwd)).toBe(
      "::warning file=input/2020/dataset.csv,line=92,col=2,title=ROW_ORGNR_CHECKSUM::The organisation number fails the mod-11 check digit.",
    );
  });

  it("escapes %, CR and LF in the message, and also : and , in the properties", () => {
    const problem = {
      file: "/work/repo/templates/a,b:c%.md",
      line: 3,
      column: null,
      code: "X",
      message: "100% sure:\r\nnot, really",
    };
    expect(annotation("error", problem, inputDir, cwd)).toBe(
      "::error file=templates/a%2Cb%3Ac%25.md,line=3,title=X::100%25 sure:%0D%0Anot, really",
    );
  });

  it("leaves out what the problem does not know: the column, the line, the file", () => {
    const noLine = { file: "2020/frame.csv", code: "INPUT_EMPTY", message: "Empty." };
    expect(annotation("error", noLine, inputDir, cwd)).toBe(
      "::error file=input/2020/frame.csv,title=INPUT_EMPTY::Empty.",
    );
    expect(annotation("notice", { code: "N", message: "m" }, inputDir, cwd)).toBe(
      "::notice title=N::m",
    );
  });

  it("takes a template error's code and location as they are (the file is absolute)", () => {
    const error = templateError("TEMPLATE_DIRECTIVE_UNCLOSED", {
      file: "/work/repo/templates/report.md",
      line: 12,
      column: 5,
    });
    expect(errorAnnotation(error, inputDir, cwd)).toBe(
      '::error file=templates/report.md,line=12,col=5,title=TEMPLATE_DIRECTIVE_UNCLOSED::directive is not closed: end it with "}}" on the same line.',
    );
  });

  it("annotates an error without a location by its code alone", () => {
    const error = new ItipError("INPUT_REJECTS_STRICT", "3 rows were rejected.");
    expect(errorAnnotation(error, inputDir, cwd)).toBe(
      "::error title=INPUT_REJECTS_STRICT::3 rows were rejected.",
    );
  });
});

describe("outputFormat", () => {
  it("is github inside GitHub Actions, text elsewhere, and --format wins", () => {
    expect(outputFormat(undefined, { GITHUB_ACTIONS: "true" })).toBe("github");
    expect(outputFormat(undefined, {})).toBe("text");
    expect(outputFormat("text", { GITHUB_ACTIONS: "true" })).toBe("text");
    expect(outputFormat("github", {})).toBe("github");
  });
});

const cli = path.resolve("dist/itip.mjs");
const present = existsSync(cli) && existsSync("input/2020/dataset.csv");

describe.skipIf(!present)("through the compiled CLI", () => {
  let work: string;
  const run = (env: Record<string, string | undefined>, ...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: undefined, ...env },
    });
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "itip-annotations-"));
    cpSync("input/2020", path.join(work, "input", "2020"), { recursive: true });
    cpSync("templates", path.join(work, "templates"), { recursive: true });
    // 2020's labels saved as UTF-16 without a byte order mark: a file-level error at 1:2.
    writeFileSync(path.join(work, "input/2020/labels.csv"), Buffer.from("s_1,1,Ja\n", "utf16le"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const nulBytes =
    "::error file=input/2020/labels.csv,line=1,col=2,title=INPUT_NUL_BYTES::The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.";

  it("validate prints the problems as annotations when GITHUB_ACTIONS is set", () => {
    const child = run({ GITHUB_ACTIONS: "true" }, "validate");
    expect(child.status).toBe(1);
    const lines = child.stdout.split("\n");
    expect(lines).toContain(nulBytes);
    expect(lines.at(-2)).toBe("1 file errors, 0 rows rejected, 0 cells blanked, 0 notices: not ok");
  });

  it("validate --json prints the same JSON, with the annotations on stderr", () => {
    const plain = run({}, "validate", "--json");
    const github = run({}, "validate", "--json", "--format", "github");
    expect(github.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe("");
    expect(github.stderr).toBe(`${nulBytes}\n`);
  });

  it("build prints the error that stops it as an annotation with --format github", () => {
    const child = run({}, "build", "--format", "github", "--quiet");
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`${nulBytes}\n`);
    const text = run({}, "build", "--quiet");
    expect(text.stderr).toMatch(/^2020\/labels\.csv:1:2 INPUT_NUL_BYTES: The file contains NUL/);
  });

  it("a template error of build points at the line of report.md", () => {
    const report = path.join(work, "templates", "report.md");
    cpSync(report, `${report}.orig`);
    writeFileSync(report, "# Rapport\n\nTekst {{ indicator \n");
    cpSync("input/2020/labels.csv", path.join(work, "input/2020/labels.csv"));
    try {
      const child = run({ GITHUB_ACTIONS: "true" }, "build", "--quiet");
      expect(child.status).toBe(3);
      expect(child.stderr).toMatch(
        /^::error file=templates\/report\.md,line=3,col=7,title=TEMPLATE_DIRECTIVE_UNCLOSED::directive is not closed/,
      );
    } finally {
      cpSync(`${report}.orig`, report);
    }
  });

  it("a usage error stays text", () => {
    const child = run({ GITHUB_ACTIONS: "true" }, "build", "--weights", "census");
    expect(child.stderr).toMatch(/^USAGE: --weights must be calibrated or sector/);
  });
});
