// The content script's bytes by where they come from, from the build's source map (a
// build with KC_SOURCEMAP=1): which part of the size budget each area spends.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const AREAS = [
  ['text finders (utils/mentions)', /utils\/mentions\//],
  ['page readers (utils/pages)', /utils\/pages\//],
  ['overlays (components, css)', /components\//],
  ['content script and annotator entrypoints', /entrypoints\/(content|annotator)\//],
  ['English text (utils/i18n)', /utils\/i18n\//],
  ['other utils', /utils\//],
  ['preact', /node_modules\/preact\//],
  ['WXT runtime and storage', /node_modules\/(wxt|@wxt-dev|superlock|defu)\//],
  ['other packages', /node_modules\//],
];

/**
 * @param {string} file  the built content script, with `${file}.map` beside it
 * @returns {{ area: string, rawKb: number, gzipKb: number }[]}  gzip of each area alone (they do not add up)
 */
export function contentBreakdown(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  /** @type {Map<string, string[]>} */
  const text = new Map();
  let previous = null;
  consumer.eachMapping((mapping) => {
    if (previous) {
      const line = lines[previous.generatedLine - 1] ?? '';
      const end = previous.generatedLine === mapping.generatedLine ? mapping.generatedColumn : line.length;
      const source = previous.source ?? '';
      const area = AREAS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'bundler glue, CSS, unmapped';
      if (!text.has(area)) text.set(area, []);
      text.get(area).push(line.slice(previous.generatedColumn, end));
    }
    previous = mapping;
  });
  return [...text.entries()]
    .map(([area, parts]) => {
      const joined = parts.join('');
      return { area, rawKb: joined.length / 1024, gzipKb: gzipSync(joined).length / 1024 };
    })
    .sort((a, b) => b.rawKb - a.rawKb);
}
