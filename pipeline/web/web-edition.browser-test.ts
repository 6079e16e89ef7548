/// <reference lib="dom" />
// The sample's web edition opened from file:// in headless Chromium (Debian's
// chromium-headless-shell; no browser is downloaded): axe-core finds no WCAG 2.1 A/AA violation
// on any page, every chart is an image named by its figure label and described by its alt text,
// nothing is requested from outside the web/ folder, and the page fits a phone. Screenshots at
// phone and desktop width go to output/screenshots/ for a person to look at.
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../build.js";
import { buildSample } from "../testdata/sample-build.js";
import { FONT_FAMILY } from "../fonts.js";
import { projectRoot } from "../package-info.js";
import { reportText } from "../report/messages.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium-headless-shell";
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

const root = projectRoot();
const screenshots = path.join(root, "output", "screenshots");
let outDir: string;
let result: BuildResult;
let webDir: string;
let pages: string[];
let browser: Browser;

beforeAll(async () => {
  ({ outDir, result } = await buildSample("itip-web-browser-"));
  webDir = path.join(result.published.directory, "web");
  pages = (await readdir(webDir)).filter((f) => f.endsWith(".html")).sort();
  browser = await chromium.launch({ executablePath: CHROMIUM });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
});

/** Opens a page of the web edition and records every URL it requests. */
async function open(
  file: string,
  viewport: { width: number; height: number } = SIZES.desktop,
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  // A context of its own per page: axe opens a page beside it in the same context.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(path.join(webDir, file)).href, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, requests, close: () => context.close() };
}

describe("the web edition in Chromium", () => {
  it("has at least one page", () => {
    expect(pages).toContain("index.html");
  });

  it("has no WCAG 2.1 A/AA violation on any page, at phone and desktop width (axe-core)", async () => {
    for (const file of pages)
      for (const [size, viewport] of Object.entries(SIZES)) {
        const { page, close } = await open(file, viewport);
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        console.log(
          `axe ${file} (${size}): ${results.violations.length} violations, ${results.passes.length} rules passed, ${results.incomplete.length} to review by hand (${results.incomplete.map((r) => `${r.id}: ${r.nodes.length}`).join(", ")}), ${results.inapplicable.length} not applicable`,
        );
        expect(violations).toEqual([]);
        await close();
      }
  });

  it("names every chart by its figure label and describes it by the PDF's alt text", async () => {
    const { page, close } = await open("index.html");
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: Array<{
        role?: { value?: string };
        name?: { value?: string };
        description?: { value?: string };
      }>;
    };
    const images = nodes.filter((n) => n.role?.value === "image");
    const figures = await page.locator("figure").count();
    expect(figures).toBeGreaterThan(0);
    expect(images).toHaveLength(figures);
    const charts = await page.locator("figure svg").evaluateAll((svgs) =>
      svgs.map((svg) => ({
        title: svg.closest("figure")?.querySelector("figcaption")?.textContent ?? "",
      })),
    );
    images.forEach((image, i) => {
      expect(image.name?.value).toBe(charts[i]?.title);
      expect(image.name?.value).toMatch(/^Figur \d+: /);
      expect(image.description?.value?.length ?? 0).toBeGreaterThan(20);
    });
    await close();
  });

  it("requests nothing from outside its folder", async () => {
    const folder = pathToFileURL(webDir).href + "/";
    for (const file of pages) {
      const { page, requests, close } = await open(file);
      // Open every «Vis tallene» so that nothing hidden could fetch later either.
      await page
        .locator("details")
        .evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
      await page.waitForLoadState("networkidle");
      expect(requests.filter((url) => !url.startsWith(folder))).toEqual([]);
      // What it does load comes from the folder: the stylesheet and the fonts, in use.
      expect(requests.some((url) => url.endsWith("/style.css"))).toBe(true);
      expect(requests.some((url) => url.endsWith(".woff2"))).toBe(true);
      await expect(
        page.evaluate((family) => document.fonts.check(`16px "${family}"`), FONT_FAMILY),
      ).resolves.toBe(true);
      await close();
    }
  });

  it("fits a phone's width and shows the sample notice at the top", async () => {
    const { page, close } = await open("index.html", SIZES.phone);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(page.locator(".sample-banner").textContent()).resolves.toBe(
      reportText.sampleNotice,
    );
    await close();
  });

  it("writes screenshots at phone and desktop width", async () => {
    for (const [name, viewport] of Object.entries(SIZES)) {
      const { page, close } = await open("index.html", viewport);
      const top = path.join(screenshots, `web-${name}-top.png`);
      await page.screenshot({ path: top });
      // The first figure with its numbers open, and a long table.
      const figure = page.locator("figure").first();
      await figure.locator("summary").click();
      await figure.scrollIntoViewIfNeeded();
      const figureShot = path.join(screenshots, `web-${name}-figure.png`);
      await figure.screenshot({ path: figureShot });
      const table = path.join(screenshots, `web-${name}-table.png`);
      await page.locator(".table").first().screenshot({ path: table });
      console.log(
        `screenshots: ${[top, figureShot, table].map((f) => path.relative(root, f)).join(", ")}`,
      );
      await close();
    }
  });

  it("prints: the print stylesheet drops the banner's colour and the «Vis tallene» buttons", async () => {
    const { page, close } = await open("index.html", { width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    const banner = await page
      .locator(".sample-banner")
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(banner).toBe("rgba(0, 0, 0, 0)");
    await expect(page.locator("details summary").first().isVisible()).resolves.toBe(false);
    const file = path.join(screenshots, "web-print.pdf");
    await page.pdf({ path: file, format: "A4", printBackground: true });
    console.log(`printed: ${path.relative(root, file)}`);
    await close();
  });
});
