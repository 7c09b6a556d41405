// The shipped deploy recipes parse, and run what docs/deploying.md says they run.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { normalizePathPrefix } from "../../src/urls.ts";
import { ROOT } from "../helpers/site.ts";

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
}

interface Workflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, { needs?: string; container?: string; steps: Step[] }>;
}

const deploying = readFileSync(join(ROOT, "docs/deploying.md"), "utf8");
const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; engines: { node: string } };

/** What GitHub would substitute for the expressions the workflow uses, for a repository named `repo`. */
function substitute(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    assert.ok(name in context, `the workflow uses \${{ ${name} }}, which this test does not know`);
    return context[name]!;
  });
}

describe("the GitHub Pages workflow", () => {
  const workflow = parseYaml(readFileSync(join(ROOT, ".github/workflows/deploy-pages.yml"), "utf8")) as Workflow;
  const build = workflow.jobs.build;
  const deploy = workflow.jobs.deploy;
  assert.ok(build && deploy, "a build job and a deploy job");
  const runs = build.steps.flatMap((step) => (step.run ? [step.run] : []));

  it("runs on a push to main with the permissions a Pages deployment needs", () => {
    assert.deepEqual(workflow.on.push?.branches, ["main"]);
    assert.equal(workflow.permissions.pages, "write");
    assert.equal(workflow.permissions["id-token"], "write");
  });

  it("installs Chromium, installs, tests and builds with the commands docs/deploying.md gives, in that order", () => {
    const order = ["apt-get install -y", "npm ci", "npm test", "npm run build"].map((command) => runs.findIndex((run) => run.includes(command)));
    assert.ok(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!)), runs.join("\n"));
    assert.match(runs[order[0]!]!, /apt-get install -y (-qq )?chromium/);
    for (const run of runs.filter((line) => line.startsWith("npm "))) {
      const asDocumented = run.replace("$PATH_PREFIX", "/<repo>/");
      assert.ok(deploying.includes(asDocumented), `docs/deploying.md shows \`${asDocumented}\``);
      const script = /^npm (?:run )?([\w-]+)/.exec(run)?.[1] ?? "";
      assert.ok(script === "ci" || packageJson.scripts[script], `${run} runs a script of package.json`);
    }
  });

  it("builds for a project page: the prefix is /<repository name>/, as --pathprefix expects it", () => {
    const buildRun = runs.find((run) => run.startsWith("npm run build"));
    assert.equal(buildRun, "npm run build -- --pathprefix=$PATH_PREFIX");
    const prefix = substitute(workflow.env.PATH_PREFIX ?? "", { "github.event.repository.name": "annals" });
    assert.equal(prefix, "/annals/");
    assert.equal(normalizePathPrefix(prefix), prefix, "already in the form the build uses");
  });

  it("uploads _site/ and deploys it after the build", () => {
    const upload = build.steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    assert.equal(upload?.with?.path, "_site");
    assert.equal(deploy.needs, "build");
    assert.ok(deploy.steps.some((step) => step.uses?.startsWith("actions/deploy-pages@")));
  });
});

describe("netlify.toml", () => {
  const config = parseToml(readFileSync(join(ROOT, "netlify.toml"), "utf8")) as { build: { command: string; publish: string; environment: { NODE_VERSION: string } } };

  it("builds with npm run build, publishes _site and asks for the Node the project needs", () => {
    assert.equal(config.build.command, "npm run build");
    assert.ok(packageJson.scripts.build);
    assert.equal(config.build.publish, "_site");
    const needed = Number(/>=\s*(\d+)/.exec(packageJson.engines.node)?.[1]);
    assert.ok(Number(config.build.environment.NODE_VERSION) >= needed, `Node ${config.build.environment.NODE_VERSION} satisfies ${packageJson.engines.node}`);
    assert.match(deploying, /build command `npm run build`, publish folder `_site`, Node 20/);
  });
});
