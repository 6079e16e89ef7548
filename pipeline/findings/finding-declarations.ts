// templates/findings.yaml: the key findings the report states, each an instance of a kind of
// finding with its indicator, groups and Norwegian wording (SPEC §7). Parsing is pure: the caller
// reads the file. Everything is checked against the indicators and the questionnaire before a
// number is computed, so a typo stops the build with a template error at the line it is on, and
// no wording the analyst writes can call a change a rise or a fall on its own (only {endring}
// can, when the change is significant).
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import { ExitCode, ItipError } from "../errors.js";
import { GROUPS, type Group } from "../indicators/types.js";
import type { Sector } from "../ingest/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Questionnaire } from "../templates/questions.js";
import { fallWord, riseWord, significanceWord } from "./claim-words.js";
import {
  COMMON_PLACEHOLDERS,
  DEFAULT_NAMED,
  isListKind,
  isSentenceKind,
  KINDS,
  LIST_KIND_KEYS,
  SENTENCE_KIND_RULES,
  SENTENCE_KINDS,
  type ListKind,
  type SentenceKind,
} from "./kind-rules.js";
import {
  findingDetails as details,
  findingTemplateMessages as messages,
  type FindingTemplateErrorCode,
} from "./messages.js";
import { literalText, parseTemplateText, placeholdersOf, type TextPart } from "./template-text.js";

/** Where a declaration is in findings.yaml; line and column are 1-based. */
export interface FindingLocation {
  file: string;
  line: number;
  column: number;
}

/** A title or text as written, split into literal text and placeholders. */
export interface TemplateText {
  source: string;
  parts: readonly TextPart[];
  location: FindingLocation;
}

/** One text for every case, or one per state the build chooses from the data ("rise", …). */
export type Wording = TemplateText | { byState: Readonly<Record<string, TemplateText>> };

interface SentenceBase {
  location: FindingLocation;
  text: Wording;
}

/** The change of a share from the year before, worded by its significance. */
export interface ChangeSentence extends SentenceBase {
  kind: "change";
  indicator: string;
  group: Group;
}

/** A share in one group: a majority or a minority, "seks av ti kommuner (63 %)". */
export interface LevelSentence extends SentenceBase {
  kind: "level";
  indicator: string;
  group: Group;
}

/** The gap between two sectors in the report year, with its significance. */
export interface GapSentence extends SentenceBase {
  kind: "gap";
  indicator: string;
  groups: readonly [Sector, Sector];
}

/** The option of a multi-choice question that most chose; optionally only `when` it is one. */
export interface MostNamedSentence extends SentenceBase {
  kind: "most-named";
  question: string;
  group: Group;
  when: string | undefined;
}

/** A mean on an answer scale, in words for its low, middle or high part. */
export interface ScaleMeanSentence extends SentenceBase {
  kind: "scale-mean";
  indicator: string;
  groups: readonly Group[];
  words: { low: string; middle: string; high: string };
  /** The scale's ends, from the indicator's unit ("scale-1-5"). */
  scale: { from: number; to: number };
}

export type SentenceDeclaration =
  ChangeSentence | LevelSentence | GapSentence | MostNamedSentence | ScaleMeanSentence;

/** A finding of sentences: its title and first sentence by one kind, then further sentences. */
export interface StatementDeclaration {
  kind: "statement";
  id: string;
  location: FindingLocation;
  title: Wording;
  sentence: SentenceDeclaration;
  then: readonly SentenceDeclaration[];
}

/** The share indicators that changed significantly from last year (wording in code). */
export interface SignificantChangesDeclaration {
  kind: "significant-changes";
  id: string;
  location: FindingLocation;
  named: number;
  /** The finding about the largest difference when it is not significant (or untested). */
  largestId: string | undefined;
}

/** The largest gaps between the sectors in the report year (wording in code). */
export interface LargestGapsDeclaration {
  kind: "largest-gaps";
  id: string;
  location: FindingLocation;
  groups: readonly Sector[];
  named: number;
}

export type FindingDeclaration =
  StatementDeclaration | SignificantChangesDeclaration | LargestGapsDeclaration;

const SECTORS: readonly Sector[] = ["stat", "kommune", "fylkeskommune"];
const SCALE_UNIT = /^scale-(\d+)-(\d+)$/;
const ID = /^[a-z0-9-]+$/;
const ENDS_WITH_PUNCTUATION = /[.!?;:,]\s*$/;

/**
 * The findings declared in findings.yaml `text`, checked against the indicators and the
 * questionnaire; throws an ItipError (exit code 3) at the offending line and column.
 */
export function parseFindingDeclarations(
  text: string,
  file: string,
  definitions: readonly IndicatorDefinition[],
  questionnaire: Questionnaire,
): FindingDeclaration[] {
  return new DeclarationReader(text, file, definitions, questionnaire).read();
}

class DeclarationReader {
  private readonly lines = new LineCounter();
  private readonly ids = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly definitions: readonly IndicatorDefinition[],
    private readonly questionnaire: Questionnaire,
  ) {}

  read(): FindingDeclaration[] {
    const document = parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: true });
    const [error] = document.errors;
    if (error) {
      const detail = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:$/, "");
      const [start] = error.linePos ?? [];
      throw new ItipError("TEMPLATE_FINDINGS_SYNTAX", messages.TEMPLATE_FINDINGS_SYNTAX(detail), {
        exitCode: ExitCode.template,
        location: { file: this.file, line: start?.line ?? 1, column: start?.col ?? 1 },
      });
    }
    const root = document.contents;
    const list = isMap(root) ? root.get("findings", true) : undefined;
    if (!isMap(root) || !isSeq(list))
      return this.fail("TEMPLATE_FINDINGS_INVALID", root, [details.notAList()]);
    return list.items.map((item, i) => this.finding(item, i + 1));
  }

  private finding(node: unknown, n: number): FindingDeclaration {
    const map = this.map(node, `finding ${n}`);
    const idNode = this.required(map, `finding ${n}`, "id", "id: kompetanse");
    const id = this.id(idNode);
    const what = `finding "${id}"`;
    const kindNode = this.required(map, what, "kind", "kind: level");
    const kind = this.string(kindNode, "kind");
    if (!KINDS.includes(kind))
      return this.fail("TEMPLATE_FINDING_KIND_UNKNOWN", kindNode, [kind, KINDS]);
    const location = this.at(map);
    if (isListKind(kind)) return this.listFinding(map, what, kind, id, location);
    if (!isSentenceKind(kind)) throw new Error(`unreachable: kind ${kind}`);
    const rules = SENTENCE_KIND_RULES[kind];
    this.onlyKeys(map, what, ["id", "kind", ...rules.keys, "title", "text", "then"], kind);
    const sentence = this.sentence(map, what, kind);
    const title = this.wording(
      this.required(map, what, "title", "title: Lederne mener de mangler digital kompetanse"),
      kind,
      "title",
    );
    const thenNode = this.optional(map, "then");
    const then =
      thenNode === undefined
        ? []
        : this.seq(thenNode, "then").map((item, i) =>
            this.thenSentence(item, `sentence ${i + 2} of ${what}`),
          );
    return { kind: "statement", id, location, title, sentence, then };
  }

  private listFinding(
    map: YAMLMap,
    what: string,
    kind: ListKind,
    id: string,
    location: FindingLocation,
  ): FindingDeclaration {
    for (const pair of map.items) {
      const key = this.keyOf(pair);
      if (key === "title" || key === "text")
        this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.wordingInCode(kind, key)]);
      if (key === "then")
        this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.thenOfGeneric(kind)]);
    }
    this.onlyKeys(map, what, ["id", "kind", ...LIST_KIND_KEYS[kind]], kind);
    const namedNode = this.optional(map, "named");
    const named = namedNode === undefined ? DEFAULT_NAMED : this.count(namedNode, "named");
    if (kind === "significant-changes") {
      const largestNode = this.optional(map, "largest_id");
      const largestId = largestNode === undefined ? undefined : this.id(largestNode);
      return { kind, id, location, named, largestId };
    }
    const groupsNode = this.required(map, what, "groups", "groups: [stat, kommune, fylkeskommune]");
    const groups = this.groups(groupsNode, "groups");
    if (new Set(groups).size < 2 || groups.some((g) => !isSector(g)))
      this.fail("TEMPLATE_FINDING_GROUPS_INVALID", groupsNode, [details.gapsSectors(groups)]);
    return { kind, id, location, groups: groups.filter(isSector), named };
  }

  private thenSentence(node: unknown, what: string): SentenceDeclaration {
    const map = this.map(node, what);
    for (const pair of map.items) {
      const key = this.keyOf(pair);
      if (key === "title")
        this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.titleInThen()]);
      if (key === "then") this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.nestedThen()]);
      if (key === "id") this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.idInThen()]);
    }
    const kindNode = this.required(map, what, "kind", "kind: most-named");
    const kind = this.string(kindNode, "kind");
    if (!isSentenceKind(kind))
      return this.fail("TEMPLATE_FINDING_KIND_UNKNOWN", kindNode, [kind, SENTENCE_KINDS, true]);
    this.onlyKeys(map, what, ["kind", ...SENTENCE_KIND_RULES[kind].keys, "text"], kind);
    return this.sentence(map, what, kind);
  }

  /** The kind's data and text, from a finding or from one of its `then:` sentences. */
  private sentence(map: YAMLMap, what: string, kind: SentenceKind): SentenceDeclaration {
    const location = this.at(map);
    const textNode = this.required(map, what, "text", 'text: "{Andel} baserer seg …"');
    const group = (): Group => {
      const node = this.optional(map, "group");
      return node === undefined ? "alle" : this.group(node);
    };
    switch (kind) {
      case "change":
      case "level": {
        const indicator = this.indicator(map, what, kind, "share");
        return {
          kind,
          location,
          indicator,
          group: group(),
          text: this.wording(textNode, kind, "text"),
        };
      }
      case "gap": {
        const indicator = this.indicator(map, what, kind, "share");
        const groupsNode = this.required(map, what, "groups", "groups: [stat, kommune]");
        const groups = this.groups(groupsNode, "groups");
        const [a, b] = groups;
        if (groups.length !== 2 || a === b || !isSector(a) || !isSector(b))
          return this.fail("TEMPLATE_FINDING_GROUPS_INVALID", groupsNode, [
            details.gapSectors(groups),
          ]);
        return {
          kind,
          location,
          indicator,
          groups: [a, b],
          text: this.wording(textNode, kind, "text"),
        };
      }
      case "most-named": {
        const questionNode = this.required(map, what, "question", "question: barrierer");
        const question = this.string(questionNode, "question");
        const options = this.optionsOf(question);
        if (options.length === 0)
          return this.fail("TEMPLATE_FINDING_QUESTION_UNKNOWN", questionNode, [
            question,
            this.multiQuestionsWithIndicators(),
          ]);
        const whenNode = this.optional(map, "when");
        const when = whenNode === undefined ? undefined : this.string(whenNode, "when");
        if (when !== undefined && !options.includes(when))
          this.fail("TEMPLATE_FINDING_OPTION_UNKNOWN", whenNode, [when, question, options]);
        return {
          kind,
          location,
          question,
          group: group(),
          when,
          text: this.wording(textNode, kind, "text"),
        };
      }
      case "scale-mean": {
        const indicator = this.indicator(map, what, kind, "scale");
        const unit = this.definitions.find((d) => d.id === indicator)?.unit ?? "";
        const [, from = "1", to = "5"] = SCALE_UNIT.exec(unit) ?? [];
        const groupsNode = this.required(
          map,
          what,
          "groups",
          "groups: [stat, kommune, fylkeskommune]",
        );
        const groups = [...new Set(this.groups(groupsNode, "groups"))];
        if (groups.length === 0)
          this.fail("TEMPLATE_FINDING_GROUPS_INVALID", groupsNode, [details.scaleGroups()]);
        const words = this.scaleWords(
          this.required(
            map,
            what,
            "words",
            "words: { low: begrenset, middle: moderat, high: omfattende }",
          ),
        );
        return {
          kind,
          location,
          indicator,
          groups,
          words,
          scale: { from: Number(from), to: Number(to) },
          text: this.wording(textNode, kind, "text"),
        };
      }
    }
  }

  private indicator(
    map: YAMLMap,
    what: string,
    kind: SentenceKind,
    needs: "share" | "scale",
  ): string {
    const node = this.required(map, what, "indicator", "indicator: avanserte-tjenester");
    const id = this.string(node, "indicator");
    const definition = this.definitions.find((d) => d.id === id);
    if (!definition)
      return this.fail("TEMPLATE_FINDING_INDICATOR_UNKNOWN", node, [
        id,
        this.definitions.map((d) => d.id),
      ]);
    const fits = (d: IndicatorDefinition) =>
      needs === "share" ? d.measure === "share" : d.measure === "mean" && SCALE_UNIT.test(d.unit);
    if (!fits(definition))
      this.fail("TEMPLATE_FINDING_INDICATOR_MEASURE", node, [
        kind,
        id,
        needs === "share" ? "a share indicator" : "a mean on an answer scale (unit scale-1-5)",
        this.definitions.filter(fits).map((d) => d.id),
      ]);
    return id;
  }

  /** The options of a multi-choice question that have a share indicator, in file order. */
  private optionsOf(question: string): string[] {
    if (this.questionnaire.questions.find((q) => q.key === question)?.type !== "multi") return [];
    return this.definitions.flatMap((d) =>
      d.question === question && d.measure === "share" && d.option !== undefined ? [d.option] : [],
    );
  }

  private multiQuestionsWithIndicators(): string[] {
    return this.questionnaire.questions
      .filter((q) => this.optionsOf(q.key).length > 0)
      .map((q) => q.key);
  }

  private scaleWords(node: Node): { low: string; middle: string; high: string } {
    const map = this.map(node, '"words"');
    this.onlyKeys(map, '"words"', ["low", "middle", "high"], "scale-mean");
    const word = (key: "low" | "middle" | "high") => {
      const value = this.optional(map, key);
      if (value === undefined)
        return this.fail("TEMPLATE_FINDINGS_INVALID", map, [details.scaleWords(key)]);
      return this.string(value, `words.${key}`);
    };
    return { low: word("low"), middle: word("middle"), high: word("high") };
  }

  // --- wording -----------------------------------------------------------------------------

  private wording(node: Node, kind: SentenceKind, key: "title" | "text"): Wording {
    const states = SENTENCE_KIND_RULES[kind].states;
    if (!isMap(node)) return this.templateText(node, kind, key, undefined);
    if (!states)
      return this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.variantsNotAllowed(kind)]);
    for (const pair of node.items) {
      const state = this.keyOf(pair);
      if (!states.includes(state))
        this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [
          details.variantUnknown(kind, state, states),
        ]);
    }
    const byState: Record<string, TemplateText> = {};
    for (const state of states) {
      const value = this.optional(node, state);
      if (value === undefined)
        this.fail("TEMPLATE_FINDINGS_INVALID", node, [
          details.variantMissing(kind, key, state, states),
        ]);
      else byState[state] = this.templateText(value, kind, key, state);
    }
    return { byState };
  }

  private templateText(
    node: Node,
    kind: SentenceKind,
    key: "title" | "text",
    state: string | undefined,
  ): TemplateText {
    const source = this.string(node, key);
    const parts = parseTemplateText(source);
    if (!parts) return this.fail("TEMPLATE_FINDING_PLACEHOLDER_MALFORMED", node, [source]);
    const rules = SENTENCE_KIND_RULES[kind];
    const known = [...rules.placeholders, ...COMMON_PLACEHOLDERS];
    for (const name of placeholdersOf(parts))
      if (!known.includes(name) && !(GROUPS as readonly string[]).includes(name))
        this.fail("TEMPLATE_FINDING_PLACEHOLDER_UNKNOWN", node, [name, kind, known]);
    if (key === "text" && rules.required && !placeholdersOf(parts).includes(rules.required.name))
      this.fail("TEMPLATE_FINDING_PLACEHOLDER_MISSING", node, [
        kind,
        rules.required.name,
        rules.required.why,
      ]);
    this.checkClaims(node, kind, key, state, source, literalText(parts));
    return { source, parts, location: this.at(node) };
  }

  /** The analyst's own words may not claim a rise, a fall or a significance (SPEC §5, §7). */
  private checkClaims(
    node: Node,
    kind: SentenceKind,
    key: "title" | "text",
    state: string | undefined,
    source: string,
    literal: string,
  ): void {
    const rise = riseWord(literal);
    const fall = fallWord(literal);
    const claim = (detail: string) =>
      this.fail("TEMPLATE_FINDING_SIGNIFICANCE_WORDING", node, [detail]);
    if (kind === "change") {
      if (key === "text") {
        const word = rise ?? fall;
        if (word) claim(details.riseOrFall(kind, "text", word));
        const uncertain = significanceWord(literal);
        if (uncertain) claim(details.significanceWords(kind, uncertain));
      } else {
        const word = state === "rise" ? fall : state === "fall" ? rise : (rise ?? fall);
        if (word) claim(details.riseOrFallTitle(kind, state, word));
      }
    }
    if (kind === "gap") {
      const word = rise ?? fall;
      if (word) claim(details.gapRiseOrFall(key, word));
      if (key === "text") {
        const uncertain = significanceWord(literal);
        if (uncertain) claim(details.significanceWords(kind, uncertain));
        if (ENDS_WITH_PUNCTUATION.test(source)) claim(details.gapEnding());
      }
    }
  }

  // --- values --------------------------------------------------------------------------------

  private id(node: Node): string {
    const id = this.string(node, "id");
    if (!ID.test(id)) this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.notId(id)]);
    if (this.ids.has(id)) this.fail("TEMPLATE_FINDING_DUPLICATE", node, [id]);
    this.ids.add(id);
    return id;
  }

  private group(node: Node): Group {
    const group = this.string(node, "group");
    if (!(GROUPS as readonly string[]).includes(group))
      return this.fail("TEMPLATE_FINDING_GROUP_UNKNOWN", node, [group, GROUPS]);
    return group as Group;
  }

  private groups(node: Node, key: string): Group[] {
    if (!isSeq(node))
      return this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.notGroupList(key)]);
    return node.items.map((item) => this.group(item as Node));
  }

  private count(node: Node, key: string): number {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 10)
      return this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.notCount(key)]);
    return value;
  }

  private string(node: unknown, key: string): string {
    if (isScalar(node) && typeof node.value === "string") return node.value;
    return this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.notText(key)]);
  }

  // --- structure -----------------------------------------------------------------------------

  private map(node: unknown, what: string): YAMLMap {
    if (!isMap(node)) return this.fail("TEMPLATE_FINDINGS_INVALID", node, [details.notAMap(what)]);
    return node;
  }

  private seq(node: Node, key: string): readonly unknown[] {
    if (!isSeq(node))
      return this.fail("TEMPLATE_FINDINGS_INVALID", node, [
        `"${key}" must be a list of sentences, each starting with "- kind:"`,
      ]);
    return node.items;
  }

  private keyOf(pair: Pair): string {
    return isScalar(pair.key) ? String(pair.key.value) : "";
  }

  private optional(map: YAMLMap, key: string): Node | undefined {
    const pair = map.items.find((p) => this.keyOf(p) === key);
    return pair ? ((pair.value as Node | null) ?? undefined) : undefined;
  }

  private required(map: YAMLMap, what: string, key: string, example: string): Node {
    const node = this.optional(map, key);
    if (node === undefined)
      return this.fail("TEMPLATE_FINDINGS_INVALID", map, [details.missingKey(what, key, example)]);
    return node;
  }

  private onlyKeys(map: YAMLMap, what: string, allowed: readonly string[], kind: string): void {
    for (const pair of map.items) {
      const key = this.keyOf(pair);
      if (allowed.includes(key)) continue;
      if (key === "when")
        this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [details.whenOnlyMostNamed()]);
      this.fail("TEMPLATE_FINDINGS_INVALID", pair.key, [
        details.unknownKey(`${what} (${kind})`, key, allowed),
      ]);
    }
  }

  private at(node: unknown): FindingLocation {
    const range = (node as Partial<Node> | null | undefined)?.range;
    const { line, col } = this.lines.linePos(range?.[0] ?? 0);
    return { file: this.file, line, column: col };
  }

  private fail<C extends FindingTemplateErrorCode>(
    code: C,
    node: unknown,
    args: Parameters<(typeof messages)[C]>,
  ): never {
    const message = (messages[code] as (...a: Parameters<(typeof messages)[C]>) => string)(...args);
    throw new ItipError(code, message, { exitCode: ExitCode.template, location: this.at(node) });
  }
}

function isSector(group: Group | undefined): group is Sector {
  return group !== undefined && (SECTORS as readonly string[]).includes(group);
}
