// `node scripts/bench-extraction.mjs [--chromium]`: times mention extraction on synthetic
// pages (lore threads of 0.5, 1 and 2 MB, a page with 10,000 version mentions) and on the
// seed article. Prints a table: the first run (cold code), the median of the runs (5 in
// happy-dom, 11 in Chromium), and the median per MB. DOM: happy-dom; with --chromium also
// headless Chromium (/usr/bin/chromium). Parsing the page is not timed. Prints only; asserts nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { build, runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'utils/mentions/extract-mentions.ts');
const RUNS = 5;
// In Chromium the code speeds up over the first runs (V8 compiles the walker's hot loops):
// with five, the median still fell on cold runs, and 0.5 MB read slower than 1 MB.
const CHROMIUM_RUNS = 11;
const MB = 1024 * 1024;
// Find and keep every mention, so the 10,000-version page is timed in full.
const UNCAPPED = { maxPerKind: 1e9 };

/** A small deterministic PRNG (mulberry32), so every run builds the same pages. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One public-inbox style message: headers, quoted text, trailers, a diffstat and a diff. */
function loreMessage(next, n) {
  const hex = (length) => Array.from({ length }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const pick = (list) => list[Math.floor(next() * list.length)];
  const msgid = `20240${n}.${hex(8)}-${n}-someone@example.org`;
  const path1 = pick(['rust/kernel/lib.rs', 'drivers/gpu/drm/nova/gpu.rs', 'fs/bcachefs/super.c', 'mm/slub.c', 'net/ipv4/tcp.c']);
  const words = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
  const prose = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
  const lines = [
    `From: Some One &lt;someone@example.org&gt;`,
    `To: rust-for-linux@vger.kernel.org`,
    `Subject: [PATCH v${1 + (n % 5)} ${1 + (n % 7)}/7] rust: add abstraction number ${n}`,
    `Date: Tue, 1${n % 10} Mar 2024 10:00:00 +0000`,
    `Message-ID: &lt;<a href="https://lore.kernel.org/rust-for-linux/${msgid}/">${msgid}</a>&gt;`,
    '',
    `On Mon, 1${n % 10} Mar 2024 someone wrote:`,
    ...Array.from({ length: 6 }, () => `<span class="q">&gt; ${prose(10)} Linux 6.${n % 15} ${prose(4)}</span>`),
    '',
    `${prose(12)} commit ${hex(12)} ("rust: ${prose(3)}") ${prose(8)}.`,
    `This was queued for Linux 6.${(n % 12) + 1} and lands in linux-next ${prose(6)} net-next tree.`,
    `${prose(15)} 4.2 GHz, 3.5%, Mesa 24.1 and GCC 13.2 ${prose(6)} 192.168.1.1.`,
    '',
    `Fixes: ${hex(12)} ("${prose(4)}")`,
    `Link: <a href="https://lore.kernel.org/r/${msgid}">https://lore.kernel.org/r/${msgid}</a>`,
    `Signed-off-by: Some One &lt;someone@example.org&gt;`,
    '---',
    ` ${path1} | ${1 + (n % 40)} +++++---`,
    ` 1 file changed, 3 insertions(+), 2 deletions(-)`,
    '',
    `diff --git a/${path1} b/${path1}`,
    `index ${hex(12)}..${hex(12)} 100644`,
    `--- a/${path1}`,
    `+++ b/${path1}`,
    `@@ -${n},7 +${n},8 @@`,
    ...Array.from({ length: 12 }, () => `${pick(['+', '-', ' '])}    let ${pick(words)} = ${pick(words)}(${Math.floor(next() * 1000)}); // ${prose(5)}`),
  ];
  return `<pre>${lines.join('\n')}</pre><hr>`;
}

export function lorePage(bytes) {
  const next = random(42);
  const parts = [];
  let size = 0;
  for (let n = 0; size < bytes; n += 1) {
    const message = loreMessage(next, n);
    parts.push(message);
    size += message.length;
  }
  return `<!DOCTYPE html><html><head><title>thread</title></head><body>${parts.join('\n')}</body></html>`;
}

export function versionsPage(count) {
  const paragraphs = [];
  for (let i = 0; i < count / 4; i += 1) {
    paragraphs.push(`<p>Linux 6.${i % 20} and Linux 5.${i % 20}-rc${1 + (i % 8)} were followed by the 7.${i % 10} merge window and <b>kernel 4.${i % 21}</b>.</p>`);
  }
  return `<!DOCTYPE html><html><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

function seedPage() {
  const seed = readFileSync(path.join(ROOT, '../shared/seeds/000_e824b2fcbf808dd7.txt'), 'utf8');
  return `<!DOCTYPE html><html><body>${seed.replace(/^\s*---[\s\S]*?\n---\s*\n/, '')}</body></html>`;
}

const PAGES = [
  { name: 'lore thread 0.5 MB', html: lorePage(0.5 * MB) },
  { name: 'lore thread 1 MB', html: lorePage(1 * MB) },
  { name: 'lore thread 2 MB', html: lorePage(2 * MB) },
  { name: '10,000 versions', html: versionsPage(10_000) },
  { name: 'seed article', html: seedPage() },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function printTable(title, rows) {
  console.log(`\n${title}`);
  console.log('page                  size (MB)  mentions  first ms  median ms  ms per MB');
  for (const row of rows) {
    const mb = row.bytes / MB;
    const ms = median(row.times);
    console.log(
      `${row.name.padEnd(22)}${mb.toFixed(2).padStart(9)}${String(row.mentions).padStart(10)}${row.times[0].toFixed(1).padStart(10)}${ms.toFixed(1).padStart(11)}${(ms / mb).toFixed(1).padStart(11)}`,
    );
  }
}

async function benchHappyDom() {
  const { module } = await runnerImport(ENTRY, { configFile: false, logLevel: 'silent' });
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  const rows = [];
  for (const page of PAGES) {
    const doc = new window.DOMParser().parseFromString(page.html, 'text/html');
    const times = [];
    let mentions = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      mentions = module.extractMentions([doc.body], undefined, UNCAPPED).length;
      times.push(performance.now() - started);
    }
    rows.push({ name: page.name, bytes: Buffer.byteLength(page.html), mentions, times });
  }
  await window.happyDOM.close();
  printTable(`happy-dom on Node ${process.version}, ${RUNS} runs each`, rows);
}

/** Extraction in headless Chromium: rows of { name, bytes, mentions, times }. */
export async function extractionInChromium() {
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['iife'], name: 'KC' } },
  });
  const code = bundle[0].output[0].code;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const rows = [];
    for (const { name, html } of PAGES) {
      await page.setContent(html.replace('</body>', `<script>${code}</script></body>`), { waitUntil: 'load' });
      const result = await page.evaluate((runs) => {
        const times = [];
        let mentions = 0;
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          mentions = window.KC.extractMentions([document.body], undefined, { maxPerKind: 1e9 }).length;
          times.push(performance.now() - started);
        }
        return { times, mentions };
      }, CHROMIUM_RUNS);
      rows.push({ name, bytes: Buffer.byteLength(html), mentions: result.mentions, times: result.times });
    }
    return { version: browser.version(), rows };
  } finally {
    await browser.close();
  }
}

export { median, MB };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchHappyDom();
  if (process.argv.includes('--chromium')) {
    const { version, rows } = await extractionInChromium();
    printTable(`Chromium ${version}, ${CHROMIUM_RUNS} runs each (code loaded afresh for each page)`, rows);
  }
}
