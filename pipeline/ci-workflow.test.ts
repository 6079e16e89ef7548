// The GitHub Actions workflow (.github/workflows/report.yml) cannot run here; what can be held
// against it is that it is valid YAML of the shape GitHub reads, does what the README says CI
// does, and calls only commands the CLI has.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { projectRoot } from "./package-info.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  container?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[]; tags: string[] }; pull_request: unknown };
  jobs: Record<string, Job>;
}

const file = path.join(projectRoot(), ".github", "workflows", "report.yml");
const document = parseDocument(readFileSync(file, "utf8"), { uniqueKeys: true });
const workflow = document.toJS() as Workflow;
const job = (name: string) => workflow.jobs[name]!;
const runs = (j: Job) => j.steps.flatMap((s) => (s.run ? [s.run] : []));

describe("the CI workflow", () => {
  it("is valid YAML without duplicate keys", () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  it("runs on every push, on tags v…, and on pull requests", () => {
    expect(workflow.on.push).toEqual({ branches: ["**"], tags: ["v*"] });
    expect(workflow.on).toHaveProperty("pull_request");
  });

  it("installs, tests, checks the input, builds, and keeps output/ as an artifact", () => {
    const build = job("build");
    expect(runs(build).slice(0, 4)).toEqual([
      "npm ci",
      "npm test",
      "node dist/itip.mjs validate --all",
      "npm start",
    ]);
    const upload = build.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with).toMatchObject({ name: "output", path: "output/" });
  });

  it("tests the web edition in Debian's headless Chromium, as .ci/run does", () => {
    const build = job("build");
    expect(build.container).toMatch(/bookworm/);
    const browser = runs(build).find((r) => r.includes("npm run test:browser"));
    expect(browser).toMatch(/apt-get install -y chromium-headless-shell/);
  });

  it("writes what changed to the run's summary, and does not fail the run over it", () => {
    const step = job("build").steps.find((s) => s.name === "What changed")!;
    expect(step.run).toMatch(/itip\.mjs diff \S+ output --markdown >> "\$GITHUB_STEP_SUMMARY"/);
    expect(step).toHaveProperty("continue-on-error", true);
  });

  it("publishes release assets and the web edition on a tag only, after the build", () => {
    for (const name of ["release", "pages"]) {
      expect(job(name).if).toBe("github.ref_type == 'tag'");
      expect(job(name).needs).toBe("build");
    }
    expect(runs(job("release")).join("\n")).toMatch(
      /gh release upload .*it-i-praksis-\$year\.pdf.*indicators\.csv.*microdata\.csv.*rejects\.csv/s,
    );
    const pages = job("pages").steps;
    expect(pages.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({
      path: "output/${{ steps.year.outputs.year }}/web/",
    });
    expect(pages.at(-1)?.uses).toMatch(/^actions\/deploy-pages@/);
    expect(job("pages").permissions).toEqual({ pages: "write", "id-token": "write" });
  });

  it("calls only commands the CLI has", () => {
    const cli = readFileSync(path.join(projectRoot(), "pipeline", "cli.ts"), "utf8");
    const all = Object.values(workflow.jobs).flatMap(runs).join("\n");
    const commands = [...all.matchAll(/itip\.mjs (\S+)/g)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of new Set(commands)) expect(cli).toContain(`case "${command}":`);
  });
});
