// Shared helpers of the browser suites: launch Debian's Chromium through playwright-core (installed in web/),
// fence every page request to 127.0.0.1, collect console errors, save screenshots.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { createRequire } = require('node:module');

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

async function readInput() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Launches Chromium (no download: input.chromium is Debian's binary) and a context whose requests may only go to 127.0.0.1. */
async function launch(input) {
  const requireFromWeb = createRequire(path.join(input.webDir, 'package.json'));
  const { chromium } = requireFromWeb('playwright-core');
  const browser = await chromium.launch({ executablePath: input.chromium, headless: true, args: chromiumFlags, timeout: 60000 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const fence = { allowed: [], blocked: [], websockets: [], consoleErrors: [], pageErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const u = new URL(url);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '127.0.0.1') {
      fence.blocked.push(url);
      return route.abort('blockedbyclient');
    }
    fence.allowed.push(url);
    return route.continue();
  });
  context.on('page', (p) => watch(p, fence));
  return { browser, context, fence };
}

function watch(page, fence) {
  page.on('websocket', (ws) => {
    fence.websockets.push(ws.url());
    if (new URL(ws.url()).hostname !== '127.0.0.1') fence.blocked.push(ws.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location().url || '')) fence.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => fence.pageErrors.push(String(e)));
}

async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** POSTs a GraphQL request with Node's fetch: a client of the API other than the browser. */
async function graphql(base, query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json() };
}

/** Runs main(input) and prints its result as one JSON line; failures are printed as {error} so the C# side shows them. */
function run(main) {
  readInput()
    .then(main)
    .then((result) => process.stdout.write(JSON.stringify(result) + '\n'))
    .catch((err) => {
      process.stdout.write(JSON.stringify({ error: String(err && err.stack ? err.stack : err) }) + '\n');
    });
}

module.exports = { launch, screenshot, graphql, run };
