// Renders assets/icon.svg to the PNG sizes the extension manifest uses (public/icon/<size>.png).
// Usage: node scripts/render-icons.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'assets', 'icon.svg');
const outDir = join(root, 'public', 'icon');
const sizes = [16, 32, 48, 96, 128];

const svg = await readFile(source, 'utf8');
await mkdir(outDir, { recursive: true });

for (const size of sizes) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0, 0, 0, 0)',
    font: { loadSystemFonts: false },
  });
  const rendered = resvg.render();
  const png = rendered.asPng();
  const file = join(outDir, `${size}.png`);
  await writeFile(file, png);
  console.log(`wrote ${relative(root, file)} (${rendered.width}x${rendered.height}, ${png.length} bytes)`);
}
