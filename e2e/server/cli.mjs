// Manual runs: node e2e/server/cli.mjs <worldDir>... [--port 8443] [--latency ms] [--github]
// --github answers api.github.com with the GitHub stand-in (e2e/github/README.md) instead of the worlds' routes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startGitHubStandIn } from '../github/github-api.mjs';
import { chromiumHostRules, firefoxPrefs, startWorldServer } from './server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '8443' }, latency: { type: 'string', default: '0' }, github: { type: 'boolean', default: false } },
});
if (positionals.length === 0 && !values.github) {
  console.error('usage: node e2e/server/cli.mjs <worldDir>... [--port 8443] [--latency ms] [--github]');
  process.exit(2);
}

const github = values.github ? await startGitHubStandIn() : undefined;

const server = await startWorldServer({
  worlds: positionals.map((p) => path.resolve(p)),
  port: Number(values.port),
  latencyMs: Number(values.latency),
  handlers: github ? { 'api.github.com': github.api.handle } : {},
  onRequest: (r) =>
    console.log(`${new Date(r.at).toISOString().slice(11, 23)} ${r.status ?? '---'} ${r.method} https://${r.host}${r.path}`),
});

console.log(`World server on https://127.0.0.1:${server.port} for ${server.hosts.join(', ')}`);
console.log(`Chromium: --host-resolver-rules="${chromiumHostRules(server.port)}" --ignore-certificate-errors-spki-list=${server.spkiHash}`);
console.log(`Firefox prefs: ${JSON.stringify(firefoxPrefs(server.port))}`);
console.log(`CA certificate (deleted on exit): ${server.caCertPath}`);
if (github) console.log(`api.github.com: the GitHub stand-in over ${github.gitDir} (${github.tags.length} tags; token kc-test-token)`);
console.log('Ctrl-C stops.');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => server.close().then(() => (github?.api.close(), process.exit(0))));
}
