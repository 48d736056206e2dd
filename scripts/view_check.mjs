// Loads every page a `gleaner view` site links from its index in headless Chromium and checks
// the DOM against the documents it was made from (see scripts/view_check.sh):
//   node scripts/view_check.mjs SITE_DIR DOCS.jsonl [SCREENSHOT.png SCREENSHOT_DOC_ID]
// For each document: the number of [data-entity] elements equals its entity count; each one's
// text equals text[start:end] (code points) and its data-start/data-end/data-type are the
// entity's; the text container's text equals the document text exactly; with gold, every
// data-status is one of the five categories; no script runs but the page's own two (a document
// carrying <script> and onerror attributes sets nothing); each relation is one [data-relation]
// row. Exits 1 on the first document that fails, naming it and the problem.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require(path.resolve(".deps/node/node_modules/playwright-core"));

const [site, docsPath, shot, shotId] = process.argv.slice(2);
const docs = new Map(readFileSync(docsPath, "utf8").split("\n").filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
const fail = (msg) => { console.error(`view_check: ${msg}`); process.exitCode = 1; };
await page.goto(pathToFileURL(path.resolve(site, "index.html")).href);
const links = await page.$$eval("#docs tr[data-doc-id]", (rows) => rows.map((r) => [r.getAttribute("data-doc-id"), r.querySelector("a").getAttribute("href")]));
if (links.length !== docs.size) fail(`index lists ${links.length} documents, the input has ${docs.size}`);
let entities = 0, relations = 0, statuses = 0;
for (const [id, href] of links) {
  const doc = docs.get(id);
  if (!doc) { fail(`index lists ${JSON.stringify(id)}, which is not in ${docsPath}`); continue; }
  await page.goto(new URL(href, pathToFileURL(path.resolve(site) + "/")).href);
  const got = await page.evaluate(() => {
    const text = document.getElementById("text");
    const ents = [...text.querySelectorAll("[data-entity]")].map((e) => ({ id: e.getAttribute("data-entity"), type: e.getAttribute("data-type"), start: +e.getAttribute("data-start"), end: +e.getAttribute("data-end"), text: e.textContent, status: e.getAttribute("data-status") }));
    const gold = [...text.querySelectorAll("[data-gold-entity]")].map((e) => e.getAttribute("data-status"));
    return {
      text: text.textContent, ents, gold,
      relations: document.querySelectorAll("tr[data-relation]").length,
      scripts: document.scripts.length, pwned: window.__pwned === undefined ? null : String(window.__pwned),
      arcs: document.querySelectorAll("#arcs g").length,
    };
  });
  const where = `${id} (${href})`;
  const cps = [...doc.text];
  if (got.text !== doc.text) fail(`${where}: the visible text differs from the document text`);
  if (got.ents.length !== doc.entities.length) fail(`${where}: ${got.ents.length} [data-entity] elements for ${doc.entities.length} entities`);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const e of got.ents) {
    const want = byId.get(e.id);
    if (!want) { fail(`${where}: element for unknown entity ${e.id}`); continue; }
    if (e.start !== want.start || e.end !== want.end || e.type !== want.type) fail(`${where}: entity ${e.id} is ${e.type} ${e.start}..${e.end}, the document says ${want.type} ${want.start}..${want.end}`);
    const slice = cps.slice(want.start, want.end).join("");
    if (e.text !== slice) fail(`${where}: entity ${e.id} shows ${JSON.stringify(e.text)}, text[${want.start}:${want.end}] is ${JSON.stringify(slice)}`);
  }
  const allowed = new Set(["correct", "incorrect", "partial", "missed", "spurious"]);
  for (const s of [...got.ents.map((e) => e.status).filter((s) => s !== null), ...got.gold]) {
    if (!allowed.has(s)) fail(`${where}: data-status ${JSON.stringify(s)}`);
    statuses++;
  }
  if (got.relations !== (doc.relations || []).length) fail(`${where}: ${got.relations} relation rows for ${(doc.relations || []).length} relations`);
  if (got.scripts !== 2) fail(`${where}: ${got.scripts} script elements (the page's own are 2)`);
  if (got.pwned !== null) fail(`${where}: a script from the text ran (window.__pwned = ${got.pwned})`);
  entities += got.ents.length;
  relations += got.relations;
  if (shot && id === shotId) {
    // A relation selected (its arguments and trigger highlighted), seen from the top.
    await page.click("tr[data-relation]:nth-of-type(3)").catch(() => {});
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot, fullPage: false });
  }
}
await browser.close();
console.log(`view_check: ${links.length} pages, ${entities} entity elements, ${relations} relation rows, ${statuses} gold statuses checked in Chromium${process.exitCode ? " — FAILED" : ": ok"}`);
