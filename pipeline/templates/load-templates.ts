// Reads the templates folder: what the report says and how the survey maps to stable keys.
// The only file I/O of templates; parsing lives next to each template's type. The files are read
// every time; a build session (`itip preview`) parses again only those whose text changed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Memo } from "../build-session.js";
import { ExitCode, ItipError } from "../errors.js";
import { sha256 } from "../publish/manifest.js";
import {
  parseFindingDeclarations,
  type FindingDeclaration,
} from "../findings/finding-declarations.js";
import {
  compositeDefinitions,
  parseCompositeFramework,
  type CompositeFramework,
} from "./composite-framework.js";
import { parseIndicatorDefinitions, type IndicatorDefinition } from "./indicator-definitions.js";
import { parseQuestionnaire, type Questionnaire } from "./questions.js";

export interface TemplateFile {
  file: string;
  text: string;
  sha256: string;
}

export interface Templates {
  questionnaire: Questionnaire;
  /** indicators.yaml's indicators, then the composite index of index.yaml and its dimensions. */
  definitions: IndicatorDefinition[];
  /** templates/index.yaml: the composite index "digital modenhet". */
  composite: CompositeFramework;
  report: TemplateFile;
  theme: TemplateFile;
  /** templates/findings.yaml: the key findings, by kind. */
  findings: FindingDeclaration[];
  files: TemplateFile[];
}

const parseEveryTime: Memo = (_stage, _inputs, compute) => compute();

export async function loadTemplates(
  templatesDir: string,
  memo: Memo = parseEveryTime,
): Promise<Templates> {
  const [questions, indicators, index, report, theme, findings] = await Promise.all(
    [
      "questions.yaml",
      "indicators.yaml",
      "index.yaml",
      "report.md",
      "theme.json",
      "findings.yaml",
    ].map((name) => readTemplate(templatesDir, name)),
  );
  if (!questions || !indicators || !index || !report || !theme || !findings)
    throw new Error("unreachable");
  const questionnaire = memo("templates:questions.yaml", [questions.text, questions.file], () =>
    parseQuestionnaire(questions.text, questions.file),
  );
  const single = memo(
    "templates:indicators.yaml",
    [indicators.text, indicators.file, questionnaire],
    () => parseIndicatorDefinitions(indicators.text, questionnaire, indicators.file),
  );
  const composite = memo("templates:index.yaml", [index.text, index.file, single], () =>
    parseCompositeFramework(index.text, single, index.file),
  );
  const definitions = memo("templates:definitions", [single, composite], () => [
    ...single,
    ...compositeDefinitions(composite),
  ]);
  return {
    questionnaire,
    definitions,
    composite,
    report,
    theme,
    findings: memo(
      "templates:findings.yaml",
      [findings.text, findings.file, definitions, questionnaire],
      () => parseFindingDeclarations(findings.text, findings.file, definitions, questionnaire),
    ),
    files: [questions, indicators, index, report, theme, findings],
  };
}

async function readTemplate(templatesDir: string, name: string): Promise<TemplateFile> {
  const file = path.join(templatesDir, name);
  try {
    const text = await readFile(file, "utf8");
    return { file, text, sha256: sha256(text) };
  } catch (error) {
    throw new ItipError(
      "TEMPLATE_MISSING",
      `cannot read the template ${name}; restore it from git or pass --templates <dir>.`,
      { exitCode: ExitCode.template, location: { file }, cause: error },
    );
  }
}
