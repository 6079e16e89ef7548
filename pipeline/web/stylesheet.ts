// web/style.css: the PDF's typeface and colours (../report/layout/style.ts) on a page that reads
// on a phone (one column, tables scroll sideways in their own box, charts shrink to fit) and
// prints on A4 (no banners in colour, every chapter on a new page, figures kept whole).
import { COLOR } from "../report/layout/style.js";
import { FONT_FAMILY } from "../fonts.js";
import { fontFaceCss } from "./web-fonts.js";

export function stylesheet(): string {
  return `${fontFaceCss()}
:root {
  --text: ${COLOR.text};
  --muted: ${COLOR.muted};
  --accent: ${COLOR.accent};
  --rule: ${COLOR.rule};
  --sample: ${COLOR.sample};
  --cover-text: ${COLOR.coverText};
  --focus: #e8a33d;
}
*, *::before, *::after { box-sizing: border-box; }
html {
  font-family: "${FONT_FAMILY}", system-ui, sans-serif;
  font-size: 112.5%;
  line-height: 1.5;
  color: var(--text);
  background: #ffffff;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body { margin: 0; }
.page { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, summary:focus-visible, .scroll:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.skip { position: absolute; left: -100vw; top: 0.5rem; background: #ffffff; padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; }
.sample-banner {
  margin: 0;
  padding: 0.4rem 1rem;
  background: var(--sample);
  color: #ffffff;
  font-weight: 700;
  text-align: center;
}
.cover { background: var(--accent); color: var(--cover-text); padding: 3rem 0 2.5rem; }
.cover h1 { font-size: 2.5rem; line-height: 1.1; margin: 0 0 0.75rem; }
.cover .subtitle { font-size: 1.4rem; font-weight: 600; margin: 0; }
.cover .theme { font-style: italic; margin: 0.75rem 0 0; }
.cover .subject { margin: 1.5rem 0 0; }
.sample-box { border: 2px solid var(--sample); padding: 1rem 1.25rem; margin: 2rem 0 0; }
.sample-box p { margin: 0; }
.sample-box .notice { color: var(--sample); font-size: 1.3rem; font-weight: 700; margin-bottom: 0.25rem; }
.downloads { margin: 2rem 0 0; }
.downloads h2 { font-size: 1.2rem; margin: 0 0 0.5rem; color: var(--accent); }
.downloads ul { padding-left: 1.25rem; margin: 0; }
main h2 {
  color: var(--accent);
  font-size: 1.7rem;
  line-height: 1.2;
  margin: 3rem 0 1rem;
  padding-top: 1.5rem;
  border-top: 1px solid var(--rule);
}
main h2 .number { margin-right: 0.15em; }
main h3 { color: var(--accent); font-size: 1.25rem; font-weight: 600; line-height: 1.25; margin: 2rem 0 0.5rem; }
main h4 { font-size: 1.05rem; font-weight: 600; margin: 1.5rem 0 0.25rem; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc > ol > li { font-weight: 600; margin: 0.4rem 0; }
.toc ol ol { padding-left: 1.25rem; font-weight: 400; }
.figure { margin: 2rem 0; }
.figure figcaption { font-weight: 600; margin-bottom: 0.5rem; }
/* Visible overflow: a long axis label vega sets a few points left of the drawing stays whole. */
svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.caption { font-size: 0.85rem; font-style: italic; color: var(--muted); margin: 0.4rem 0 0; }
details.numbers { margin-top: 0.5rem; }
details.numbers summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.scroll { overflow-x: auto; }
.table { margin: 2rem 0; }
table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 0; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th:first-child, td:first-child { padding-left: 0; }
thead th { border-bottom: 2px solid var(--text); font-weight: 600; }
tbody th { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total > * { font-weight: 600; border-top: 2px solid var(--text); }
footer { margin-top: 3rem; padding: 1rem 0 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) {
  html { font-size: 100%; }
  .cover { padding: 2rem 0 1.5rem; }
  .cover h1 { font-size: 1.9rem; }
  main h2 { font-size: 1.45rem; }
}
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  html { font-size: 10.5pt; }
  .skip, details.numbers summary { display: none; }
  .sample-banner { background: none; color: var(--sample); border: 1px solid var(--sample); }
  .cover { background: none; color: var(--text); padding: 0; }
  .cover h1, .cover .subtitle { color: var(--accent); }
  .page { max-width: none; padding: 0; }
  main h2 { break-before: page; border-top: none; padding-top: 0; }
  main h2, main h3, main h4, figcaption, caption { break-after: avoid; }
  .figure, tr { break-inside: avoid; }
  .scroll { overflow: visible; }
  .downloads a::after { content: " (" attr(href) ")"; }
}
`;
}
