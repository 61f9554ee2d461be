// Builds the release data Kernel Context ships and the demo world's release answers, all
// from ../shared/fixtures/kernel-release-dates/ (endoflife.date's release-data and the
// front matter endoflife.date's linux API is generated from). Run by hand, commit the outputs:
//   node scripts/make-release-snapshot.mjs
//
// Writes
//   public/data/kernel-releases.json                     ReleaseData (utils/types.ts), compact
//   e2e/worlds/demo/endoflife.date/api-v1-products-linux.json   as /api/v1/products/linux/ would answer
//   e2e/worlds/demo/endoflife.date/api-linux.json               as /api/linux.json (v0) would answer
//   e2e/worlds/demo/kernel.org/releases-2026-08-19.json         as www.kernel.org/releases.json on that day
// The three world files are generated, not recorded; each has a .source.md saying how.
//
// Cycles: endoflife.date's 37 cycles (5.10…7.2 and the LTS series 4.9, 4.14, 4.19, 5.4) are
// taken as they are. Every other series (2.6.11…5.9) is derived from the tag dates:
//   releasedOn  the X.Y tag date (none for 2.6.11/2.6.12, whose only date is a bogus 1970);
//   latest      the highest point release, latestOn its date;
//   eol         true: endoflife.date lists every series still maintained, so one it leaves
//               out is past its end of life (checked: none had a point release in the year
//               before the data's newest date);
//   eolOn       the date of the last point release: endoflife.date's own convention, true of
//               every ended cycle in its list (checked below);
//   lts         maintained for at least a year after release (2.6.16, 2.6.27, 2.6.32–2.6.35,
//               3.0, 3.2, 3.4, 3.10, 3.12, 3.14, 3.16, 3.18, 4.1, 4.4: kernel.org's longterm
//               series of the time; no other series was maintained longer than 300 days).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, '..', 'shared', 'fixtures', 'kernel-release-dates');
const VERSIONS_FILE = 'endoflife-release-data_linux-kernel.json';
const PRODUCT_FILE = 'endoflife.date_products_linux-kernel.md';

/** The day the endoflife.date world files describe (the fixtures' HEAD commits are of this day). */
const ENDOFLIFE_DAY = '2026-08-22';
/** The day the kernel.org world file describes: the fixtures' newest stable releases. */
const KERNEL_ORG_DAY = '2026-08-19';
const LTS_MIN_DAYS = 365;
const DAY_MS = 86_400_000;

const versionsJson = JSON.parse(await readFile(join(fixtures, VERSIONS_FILE), 'utf8'));
const productMd = await readFile(join(fixtures, PRODUCT_FILE), 'utf8');

const versions = readVersions(versionsJson);
const mdCycles = parseReleasesFrontMatter(productMd);
if (mdCycles.length !== 37) throw new Error(`expected 37 cycles in ${PRODUCT_FILE}, found ${mdCycles.length}`);
checkEndOfLifeConvention(mdCycles);

const asOf = [...versions.values()].reduce((a, b) => (a > b ? a : b));
const snapshot = { cycles: buildCycles(mdCycles, versions, asOf), versions: Object.fromEntries(versions), asOf, source: 'bundled' };

await write('public/data/kernel-releases.json', JSON.stringify(snapshot));
await write('e2e/worlds/demo/endoflife.date/api-v1-products-linux.json', JSON.stringify(apiV1(mdCycles, ENDOFLIFE_DAY)));
await write('e2e/worlds/demo/endoflife.date/api-linux.json', JSON.stringify(apiV0(mdCycles)));
const kernelOrg = kernelOrgReleases(mdCycles, versions, KERNEL_ORG_DAY);
await write('e2e/worlds/demo/kernel.org/releases-2026-08-19.json', JSON.stringify(kernelOrg, null, 4) + '\n');

/* ───────────────────────────── inputs ───────────────────────────── */

/** version → date, in version order, without the bogus 1970 dates (2.6.11, 2.6.12, 2.6.12.1–3). */
function readVersions(json) {
  const dropped = [];
  const entries = [];
  for (const [key, entry] of Object.entries(json.versions)) {
    if (entry.name !== key || !/^\d+(\.\d+){1,3}$/.test(key) || !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
      throw new Error(`unexpected version entry ${key}: ${JSON.stringify(entry)}`);
    }
    if (entry.date < '1991-09-17') dropped.push(key); // before Linux 0.01: a placeholder, not a date
    else entries.push([key, entry.date]);
  }
  console.log(`dropped bogus dates of ${dropped.join(', ')}`);
  entries.sort(([a], [b]) => compareVersions(a, b));
  return new Map(entries);
}

/**
 * The `releases:` list of a product page's YAML front matter, for the subset endoflife.date's
 * linux page uses: `  - key: value` starts a cycle, `    key: value` continues it; values are
 * "quoted strings", true/false or YYYY-MM-DD dates, optionally followed by a `# comment`.
 * Anything else is refused rather than guessed at (an unquoted 5.10 would be YAML's float 5.1).
 */
function parseReleasesFrontMatter(md) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  const lines = match[1].split('\n');
  const start = lines.indexOf('releases:');
  if (start < 0) throw new Error('no releases: list in the front matter');
  const cycles = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) break;
    const item = /^ {2}- ([A-Za-z]+):\s*(.*)$/.exec(line);
    const field = /^ {4}([A-Za-z]+):\s*(.*)$/.exec(line);
    if (item) cycles.push({ [item[1]]: scalar(item[2], line) });
    else if (field && cycles.length > 0) cycles.at(-1)[field[1]] = scalar(field[2], line);
    else throw new Error(`unsupported YAML line: ${line}`);
  }
  for (const cycle of cycles) checkMdCycle(cycle);
  return cycles;
}

function scalar(raw, line) {
  let value = raw;
  let rest = '';
  if (value.startsWith('"')) {
    const end = value.indexOf('"', 1);
    if (end < 0 || value.slice(1, end).includes('\\')) throw new Error(`unsupported string in: ${line}`);
    rest = value.slice(end + 1);
    value = value.slice(1, end);
    if (rest.trim() !== '' && !/^\s+#/.test(rest)) throw new Error(`unexpected text after a string in: ${line}`);
    return value;
  }
  value = value.replace(/\s+#.*$/, '').trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new Error(`unsupported YAML value ${JSON.stringify(value)} in: ${line}`);
}

function checkMdCycle(cycle) {
  const date = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const ok =
    typeof cycle.releaseCycle === 'string' && /^\d+\.\d+$/.test(cycle.releaseCycle) &&
    date(cycle.releaseDate) && (typeof cycle.eol === 'boolean' || date(cycle.eol)) &&
    typeof cycle.latest === 'string' && date(cycle.latestReleaseDate) &&
    (cycle.lts === undefined || typeof cycle.lts === 'boolean' || date(cycle.lts));
  if (!ok) throw new Error(`unexpected cycle ${JSON.stringify(cycle)}`);
}

/** Every ended cycle's EOL date is its last point release's date: what derived cycles rely on. */
function checkEndOfLifeConvention(cycles) {
  for (const c of cycles) {
    if (typeof c.eol === 'string' && c.eol <= ENDOFLIFE_DAY && c.eol !== c.latestReleaseDate) {
      throw new Error(`${c.releaseCycle}: eol ${c.eol} is not its last release date ${c.latestReleaseDate}`);
    }
  }
}

/* ───────────────────────────── versions ───────────────────────────── */

/** `2.6.32.71` → series 2.6.32, point 71; `6.1.5` → series 6.1, point 5. */
function split(version) {
  const parts = version.split('.');
  const seriesLength = parts[0] === '2' && parts[1] === '6' ? 3 : 2;
  const series = parts.slice(0, seriesLength).join('.');
  const point = parts.length > seriesLength ? Number(parts[seriesLength]) : undefined;
  return { series, point };
}

function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** endoflife.date writes the first release of a series as X.Y.0; the tag is vX.Y. */
function tagVersion(latest) {
  return latest.replace(/^(\d+\.\d+)\.0$/, '$1');
}

function days(from, to) {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/* ───────────────────────────── the snapshot ───────────────────────────── */

function buildCycles(mdCycles, versions, asOf) {
  const bySeries = new Map();
  for (const version of versions.keys()) {
    const { series, point } = split(version);
    const entry = bySeries.get(series) ?? { series, points: [] };
    if (point !== undefined) entry.points.push(version);
    bySeries.set(series, entry);
  }
  // 2.6.11 has no dated version at all, yet it is a release: keep it as a series.
  if (!bySeries.has('2.6.11')) bySeries.set('2.6.11', { series: '2.6.11', points: [] });

  const listed = new Map(mdCycles.map((c) => [c.releaseCycle, fromMd(c)]));
  const cycles = [];
  for (const { series, points } of bySeries.values()) {
    const known = listed.get(series);
    cycles.push(known ?? derive(series, points, versions, asOf));
  }
  for (const series of listed.keys()) if (!bySeries.has(series)) throw new Error(`${series} has no dated version`);
  return cycles.sort((a, b) => compareVersions(b.series, a.series));
}

function fromMd(c) {
  const latest = tagVersion(c.latest);
  return {
    series: c.releaseCycle,
    releasedOn: c.releaseDate,
    lts: c.lts === true || typeof c.lts === 'string',
    ...(typeof c.eol === 'string' ? { eolOn: c.eol } : {}),
    // A dated EOL is compared with the day the data is read; only an undated one needs the flag.
    ...(c.eol === true ? { eol: true } : {}),
    latest,
    latestOn: c.latestReleaseDate,
  };
}

function derive(series, points, versions, asOf) {
  const releasedOn = versions.get(series);
  const latest = points.at(-1);
  const latestOn = latest && versions.get(latest);
  if (latestOn && days(latestOn, asOf) < 365) throw new Error(`${series} is not in endoflife.date's list but had a release on ${latestOn}`);
  const lts = Boolean(releasedOn && latestOn && days(releasedOn, latestOn) >= LTS_MIN_DAYS);
  return {
    series,
    ...(releasedOn ? { releasedOn } : {}),
    lts,
    ...(latestOn ? { eolOn: latestOn } : {}),
    eol: true,
    ...(latest ? { latest, latestOn } : {}),
  };
}

/* ───────────────────────────── endoflife.date ───────────────────────────── */

/** GET https://endoflife.date/api/v1/products/linux/ after _plugins/generate-api-v1.rb and product-data-enricher.rb. */
function apiV1(cycles, today) {
  return {
    schema_version: '1.0.0',
    generated_at: `${today}T00:00:00+00:00`,
    last_modified: '2026-08-20T00:00:00+00:00',
    result: {
      name: 'linux',
      aliases: ['linuxkernel', 'linux-kernel'],
      label: 'Linux Kernel',
      category: 'os',
      tags: ['linux-foundation', 'os'],
      versionCommand: 'uname -r',
      identifiers: [
        { type: 'cpe', id: 'cpe:/o:linux:linux_kernel' },
        { type: 'cpe', id: 'cpe:2.3:o:linux:linux_kernel' },
      ],
      labels: { eoas: null, discontinued: null, eol: 'Security Support', eoes: null },
      links: {
        icon: 'https://cdn.jsdelivr.net/npm/simple-icons/icons/linux.svg',
        html: 'https://endoflife.date/linux',
        releasePolicy: 'https://www.kernel.org/',
      },
      releases: cycles.map((c) => {
        const isLts = c.lts === true || (typeof c.lts === 'string' && today > c.lts);
        const eolDate = typeof c.eol === 'string' ? c.eol : null;
        return {
          name: c.releaseCycle,
          codename: null,
          label: c.lts ? `${c.releaseCycle} (LTS)` : c.releaseCycle,
          releaseDate: c.releaseDate,
          isLts,
          ltsFrom: typeof c.lts === 'string' ? c.lts : null,
          isEol: eolDate ? today > eolDate : c.eol,
          eolFrom: eolDate,
          isMaintained: eolDate ? eolDate >= today : !c.eol,
          latest: { name: c.latest, date: c.latestReleaseDate, link: `https://kernelnewbies.org/Linux_${c.releaseCycle}` },
        };
      }),
    },
  };
}

/** GET https://endoflife.date/api/linux.json after _plugins/generate-api-v0.rb: the front matter, lts defaulted. */
function apiV0(cycles) {
  return cycles.map(({ releaseCycle, ...data }) => ({ cycle: releaseCycle, ...data, lts: data.lts ?? false }));
}

/* ───────────────────────────── kernel.org ───────────────────────────── */

/**
 * www.kernel.org/releases.json on `day`, with the keys of the real recording. In a merge
 * window the mainline entry is the last final release; stable/longterm rows are the latest
 * point release of each series maintained that day; latest_stable the newest stable row.
 * Not listed: linux-next (its daily tag date is not in the data) and recently ended series,
 * which kernel.org keeps for a while marked EOL (for how long is not in the data either).
 */
function kernelOrgReleases(cycles, versions, day) {
  const mainline = [...versions].filter(([v, date]) => date <= day && split(v).point === undefined).at(-1);
  if (!mainline) throw new Error('no mainline release');
  if (days(mainline[1], day) >= 14) throw new Error(`${day} is past ${mainline[0]}'s merge window: the mainline entry would be an rc`);
  const previous = [...versions.keys()].filter((v) => split(v).point === undefined && compareVersions(v, mainline[0]) < 0).at(-1);
  const rows = [mainlineRow(mainline[0], mainline[1], previous)];
  for (const moniker of ['stable', 'longterm']) {
    for (const c of cycles) {
      const maintained = c.eol === false || (typeof c.eol === 'string' && c.eol > day);
      if (!maintained || (moniker === 'longterm') !== Boolean(c.lts)) continue;
      const point = [...versions].filter(([v, date]) => date <= day && split(v).series === c.releaseCycle && split(v).point !== undefined).at(-1);
      if (point) rows.push(pointRow(moniker, point[0], point[1]));
    }
  }
  const latestStable = rows.find((r) => r.moniker === 'stable') ?? rows[0];
  return { latest_stable: { version: latestStable.version }, releases: rows };
}

function cdn(version) {
  return `https://cdn.kernel.org/pub/linux/kernel/v${version.split('.')[0]}.x`;
}

function released(date) {
  return { timestamp: Date.parse(`${date}T00:00:00Z`) / 1000, isodate: date };
}

function mainlineRow(version, date, previous) {
  return {
    iseol: false,
    version,
    moniker: 'mainline',
    source: `${cdn(version)}/linux-${version}.tar.xz`,
    pgp: `${cdn(version)}/linux-${version}.tar.sign`,
    released: released(date),
    gitweb: `https://git.kernel.org/torvalds/h/v${version}`,
    changelog: null,
    diffview: `https://git.kernel.org/torvalds/ds/v${version}/v${previous}`,
    patch: { full: `${cdn(version)}/patch-${version}.xz`, incremental: null },
  };
}

function pointRow(moniker, version, date) {
  const { series, point } = split(version);
  const before = point === 1 ? series : `${series}.${point - 1}`;
  return {
    iseol: false,
    version,
    moniker,
    source: `${cdn(version)}/linux-${version}.tar.xz`,
    pgp: `${cdn(version)}/linux-${version}.tar.sign`,
    released: released(date),
    gitweb: `https://git.kernel.org/stable/h/v${version}`,
    changelog: `${cdn(version)}/ChangeLog-${version}`,
    diffview: `https://git.kernel.org/stable/ds/v${version}/v${before}`,
    patch: {
      full: `${cdn(version)}/patch-${version}.xz`,
      incremental: point === 1 ? null : `${cdn(version)}/incr/patch-${series}.${point - 1}-${point}.xz`,
    },
  };
}

async function write(path, text) {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${relative(root, file)} (${text.length} bytes)`);
}
