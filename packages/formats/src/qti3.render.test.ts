/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Renders every exported QTI 3.0 item with a real QTI 3 player (@citolab/qti-components) in
// Chromium, checks each interaction shows the right choices, and scores a right and a wrong
// response with the item's own response processing.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSet } from "./index";
import { qtiIdentifier } from "./qti3";
import { shippedSet } from "./test-support";

const require = createRequire(import.meta.url);
const componentDir = dirname(require.resolve("@citolab/qti-components/package.json"));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>QTI 3 check</title>
<link rel="stylesheet" href="/qti/item.css"></head>
<body><main id="stage"></main>
<script type="module">
  import { qtiTransformItem } from "/qti/index.js";
  window.renderItem = async (href) => {
    const api = await qtiTransformItem().load(href);
    const stage = document.getElementById("stage");
    stage.replaceChildren(api.htmlDoc());
    const item = stage.querySelector("qti-assessment-item");
    await customElements.whenDefined("qti-assessment-item");
    await item.updateComplete;
    return true;
  };
  window.ready = true;
</script></body></html>`;

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const files: Record<string, string> = {};
const set = shippedSet();

beforeAll(async () => {
  const file = await exportSet("qti3", set);
  for (const [name, bytes] of Object.entries(unzipSync(file.body as Uint8Array)))
    files[name] = strFromU8(bytes);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    };
    if (path === "/") return send("text/html; charset=utf-8", PAGE);
    if (path === "/qti/index.js")
      return send("text/javascript", readFileSync(join(componentDir, "cdn/index.js")));
    if (path === "/qti/item.css")
      return send("text/css", readFileSync(join(componentDir, "dist/item.css")));
    const packaged = files[path.slice(1)];
    if (packaged !== undefined) return send("application/xml", packaged);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
  page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const pageErrors: string[] = [];

interface Rendered {
  interaction: string;
  defined: boolean;
  visible: boolean;
  prompt: string;
  choices: string[];
  matchSets: string[][];
  hasInput: boolean;
  hasTextarea: boolean;
}

async function render(href: string): Promise<Rendered> {
  await page.evaluate(
    (h) => (window as unknown as { renderItem: (h: string) => Promise<boolean> }).renderItem(h),
    href,
  );
  return page.evaluate(async () => {
    const stage = document.getElementById("stage")!;
    const interaction = stage.querySelector(
      "qti-choice-interaction, qti-text-entry-interaction, qti-match-interaction, qti-extended-text-interaction",
    ) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    if (!interaction) return null as unknown as Rendered;
    await interaction.updateComplete;
    const tag = interaction.localName;
    const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
    const box = interaction.getBoundingClientRect();
    const root = interaction.shadowRoot;
    return {
      interaction: tag,
      defined: customElements.get(tag) !== undefined && interaction.constructor !== HTMLElement,
      visible: box.width > 0 && box.height > 0,
      prompt: text(stage.querySelector("qti-prompt") ?? stage.querySelector("p") ?? stage),
      choices: [...stage.querySelectorAll("qti-simple-choice")].map(text),
      matchSets: [...stage.querySelectorAll("qti-simple-match-set")].map((s) =>
        [...s.querySelectorAll("qti-simple-associable-choice")].map(text),
      ),
      hasInput: !!root?.querySelector("input"),
      hasTextarea: !!root?.querySelector("textarea"),
    };
  });
}

/**
 * Sets a response, runs the item's response processing and returns SCORE and FEEDBACK, and
 * which modal feedback the player now shows.
 */
async function score(
  response: string | string[],
): Promise<{ score: unknown; feedback: unknown; shown?: string[] }> {
  const result = await page.evaluate(async (value) => {
    const item = document.querySelector("qti-assessment-item") as HTMLElement & {
      updateResponseVariable(id: string, v: string | string[]): void;
      processResponse(): boolean;
      getOutcome(id: string): { value: unknown };
    };
    item.updateResponseVariable("RESPONSE", value);
    item.processResponse();
    const feedbacks = [...document.querySelectorAll("qti-modal-feedback")] as (HTMLElement & {
      showStatus: string;
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(feedbacks.map((f) => f.updateComplete));
    return {
      score: item.getOutcome("SCORE").value,
      feedback: item.getOutcome("FEEDBACK")?.value,
      shown: feedbacks
        .filter((f) => f.showStatus === "on")
        .map((f) => f.getAttribute("identifier") ?? ""),
    };
  }, response);
  // Every scored item shows exactly the feedback its FEEDBACK outcome names.
  expect(result.shown).toEqual([result.feedback]);
  return { score: result.score, feedback: result.feedback };
}

describe("QTI 3.0 items in a QTI 3 player (@citolab/qti-components, Chromium)", () => {
  it("renders every item's interaction with the right choices and scores its answers", async () => {
    const seen = new Map<string, number>();
    for (const { question: q } of set.questions) {
      const href = `items/${qtiIdentifier(q.id)}.xml`;
      const r = await render(href);
      expect(r, href).not.toBeNull();
      expect(r.defined, href).toBe(true);
      expect(r.visible, href).toBe(true);
      seen.set(r.interaction, (seen.get(r.interaction) ?? 0) + 1);
      switch (q.type) {
        case "multiple_choice":
        case "numeric":
        case "attribution": {
          expect(r.interaction).toBe("qti-choice-interaction");
          expect(r.prompt).toBe(q.prompt);
          expect(r.choices).toEqual(q.options);
          const right = `choice_${String.fromCharCode(65 + q.options.indexOf(q.answer))}`;
          const wrong = `choice_${String.fromCharCode(65 + ((q.options.indexOf(q.answer) + 1) % q.options.length))}`;
          expect(await score(right), href).toEqual({ score: "1", feedback: "correct" });
          expect(await score(wrong), href).toEqual({ score: "0", feedback: "incorrect" });
          break;
        }
        case "true_false":
          expect(r.interaction).toBe("qti-choice-interaction");
          expect(r.choices).toEqual(["True", "False"]);
          expect(await score(q.answer ? "choice_true" : "choice_false")).toEqual({
            score: "1",
            feedback: "correct",
          });
          expect(await score(q.answer ? "choice_false" : "choice_true")).toEqual({
            score: "0",
            feedback: "incorrect",
          });
          break;
        case "cloze":
          expect(r.interaction).toBe("qti-text-entry-interaction");
          expect(r.hasInput, href).toBe(true);
          expect(r.prompt).toBe(q.prompt.replace("____", "").replace(/\s+/g, " ").trim());
          for (const accepted of new Set([q.answer, ...q.acceptableAnswers]))
            expect(await score(accepted.toLowerCase()), `${href} ${accepted}`).toEqual({
              score: "1",
              feedback: "correct",
            });
          expect(await score("not the answer")).toEqual({ score: "0", feedback: "incorrect" });
          break;
        case "matching": {
          expect(r.interaction).toBe("qti-match-interaction");
          expect(r.matchSets).toEqual([q.options.left, q.options.right]);
          const pairs = q.answer.map(
            (p) =>
              `left_${q.options.left.indexOf(p.left) + 1} right_${q.options.right.indexOf(p.right) + 1}`,
          );
          expect(await score(pairs)).toEqual({ score: "1", feedback: "correct" });
          expect(await score(pairs.slice(1))).toEqual({ score: "0", feedback: "incorrect" });
          break;
        }
        case "open":
          expect(r.interaction).toBe("qti-extended-text-interaction");
          expect(r.hasTextarea, href).toBe(true);
          expect(r.prompt).toBe(q.prompt);
          break;
      }
    }
    expect([...seen.keys()].sort()).toEqual([
      "qti-choice-interaction",
      "qti-extended-text-interaction",
      "qti-match-interaction",
      "qti-text-entry-interaction",
    ]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
