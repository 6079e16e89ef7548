// The page around the report's blocks: lang="nb", a viewport for phones, the stylesheet in the
// folder; a header with the cover's words, the sample notice (a banner on top of the page and
// the cover's framed box) and the files to download; the blocks in <main>; the PDF's footer
// line at the foot.
import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Block } from "../report/blocks.js";
import type { CoverText } from "../report/cover-text.js";
import { reportText } from "../report/messages.js";
import { blockHtml, type BlockContext } from "./block-html.js";
import { webText } from "./messages.js";
import type { PublishedFile } from "./types.js";

export interface PageParts {
  cover: CoverText;
  blocks: readonly Block[];
  context: BlockContext;
  pdf: PublishedFile;
  dataFiles: readonly PublishedFile[];
}

const MAIN_ID = "rapporten";

export function reportPage(parts: PageParts): Root {
  const { cover } = parts;
  return {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: "nb" }, [
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("title", pageTitle(cover)),
          h("meta", { name: "description", content: reportText.subject(cover.year) }),
          h("meta", { name: "author", content: cover.author }),
          h("link", { rel: "stylesheet", href: "style.css" }),
        ]),
        h("body", [
          h("a.skip", { href: `#${MAIN_ID}` }, webText.skipToContent),
          header(parts),
          h("div.page", [
            h(
              "main",
              { id: MAIN_ID },
              parts.blocks.map((block) => blockHtml(block, parts.context)),
            ),
            h("footer", [h("p", reportText.footer(cover.title, cover.isSample))]),
          ]),
        ]),
      ]),
    ],
  };
}

/** The browser tab's title: the PDF's title, and the sample notice when the data are synthetic. */
function pageTitle(cover: CoverText): string {
  const title = `${cover.title} – ${cover.subtitle}`;
  return cover.isSample ? `${title} · ${reportText.sampleNotice}` : title;
}

function header({ cover, pdf, dataFiles }: PageParts): Element {
  return h("header", [
    cover.isSample ? h("p.sample-banner", reportText.sampleNotice) : null,
    h("div.cover", [
      h("div.page", [
        h("h1", cover.title),
        h("p.subtitle", cover.subtitle),
        cover.theme ? h("p.theme", cover.theme) : null,
        h("p.subject", reportText.subject(cover.year)),
      ]),
    ]),
    h("div.page", [
      cover.isSample
        ? h("div.sample-box", [
            h("p.notice", reportText.sampleNotice),
            h("p", reportText.sampleExplanation),
          ])
        : null,
      h("section.downloads", { ariaLabelledBy: "last-ned" }, [
        h("h2", { id: "last-ned" }, webText.downloadsTitle),
        h("ul", [
          download(pdf, webText.pdf, "PDF"),
          ...dataFiles.map((f) => download(f, webText.dataFiles[f.file] ?? f.file, "CSV")),
        ]),
      ]),
    ]),
  ]);
}

/** A file of the year's folder, one level up from web/. */
function download(file: PublishedFile, what: string, format: string): Element {
  return h("li", [
    h("a", { href: `../${file.file}` }, what),
    ` (${file.file}, ${webText.fileSize(format, file.bytes)})`,
  ]);
}
