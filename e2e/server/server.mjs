import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { makeTestCertificates } from './certs.mjs';
import { CORS_HOSTS, HOSTS } from './hosts.mjs';
import { loadWorld, matchRoute, readRouteBody } from './world.mjs';

export { HOSTS };

/**
 * @typedef {object} LoggedRequest
 * @property {string} host     Host header without port
 * @property {string} method
 * @property {string} path     path + query
 * @property {import('node:http').IncomingHttpHeaders} headers  lower-case names, authorization kept
 * @property {number} at       Date.now() when the request arrived
 * @property {number | null} status  null while unanswered, and for hang/reset faults
 */

/** @typedef {{ host?: string, pathPrefix?: string }} FaultMatch  host omitted = any host */

/**
 * Answers every request to one host instead of the worlds' routes (e.g. the GitHub stand-in).
 * @typedef {(req: { method: string, path: string, headers: Record<string, string> }) => Promise<{ status: number, headers: Record<string, string>, body: string }>} HostHandler
 *   path = path + query; header names lower-case
 */

/**
 * @typedef {(
 *   | { status: number, headers?: Record<string, string>, body?: string }
 *   | { delayMs: number }
 *   | { hang: true }
 *   | { reset: true }
 *   | { body: string, contentType?: string }
 * ) & { times?: number }} Fault
 */

/**
 * @typedef {object} WorldServer
 * @property {number} port
 * @property {string[]} hosts
 * @property {string} spkiHash
 * @property {string} caCertPath
 * @property {string} caPem
 * @property {() => LoggedRequest[]} requests
 * @property {() => Record<string, number>} countByHost
 * @property {() => void} resetLog
 * @property {(match: FaultMatch, fault: Fault) => void} setFault  the most recently set matching fault wins
 * @property {() => void} clearFaults
 * @property {(ms: number) => void} setLatency
 * @property {() => Promise<void>} close
 */

const TEXT = 'text/plain; charset=utf-8';

/**
 * Serves the given worlds over HTTPS on 127.0.0.1, choosing routes by the Host header.
 * @param {object} options
 * @param {string[]} options.worlds  world folders; later ones override earlier ones
 * @param {number} [options.port]    0 picks a free port
 * @param {number} [options.latencyMs]
 * @param {string} [options.certDir] where keys and certificates go; default a temp dir removed on close()
 * @param {(req: LoggedRequest) => void} [options.onRequest]  called when a request's connection is done
 * @param {Record<string, HostHandler>} [options.handlers]  by host: answers after the OPTIONS preflight and the
 *   fault check (faults still win) instead of the routes
 * @returns {Promise<WorldServer>}
 */
export async function startWorldServer({ worlds, port = 8443, latencyMs = 0, certDir, onRequest, handlers = {} }) {
  const routes = (await Promise.all(worlds.map(loadWorld))).flatMap((w) => w.routes);
  const dir = certDir ?? (await mkdtemp(path.join(os.tmpdir(), 'kc-world-certs-')));
  const removeCertDir = () => (certDir ? Promise.resolve() : rm(dir, { recursive: true, force: true }));
  const certs = await makeTestCertificates(dir);

  let latency = latencyMs;
  /** @type {LoggedRequest[]} */
  let log = [];
  /** @type {{ match: FaultMatch, fault: Fault, left: number }[]} */
  let faults = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();

  // Pending sleeps are cancelled by close(); their handlers then simply never continue.
  const sleep = (/** @type {number} */ ms) =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve(undefined);
      const t = setTimeout(() => (timers.delete(t), resolve(undefined)), ms);
      timers.add(t);
    });

  /** @param {string} host @param {string} p */
  function takeFault(host, p) {
    for (let i = faults.length - 1; i >= 0; i--) {
      const f = faults[i];
      if ((f.match.host ?? host) !== host || !p.startsWith(f.match.pathPrefix ?? '')) continue;
      if (--f.left <= 0) faults.splice(i, 1);
      return f.fault;
    }
  }

  /**
   * @param {import('node:http').ServerResponse} res @param {LoggedRequest} entry
   * @param {number} status @param {Record<string, string>} headers @param {string | Buffer} body
   */
  function send(res, entry, status, headers, body) {
    if (res.destroyed) return;
    /** @type {Record<string, string>} */
    const cors = CORS_HOSTS.includes(entry.host)
      ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Link, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Reset, X-RateLimit-Resource' }
      : {};
    entry.status = status;
    res.writeHead(status, { 'cache-control': 'no-store', ...cors, ...headers }).end(body);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const p = req.url ?? '/';
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    /** @type {LoggedRequest} */
    const entry = { host, method: req.method ?? 'GET', path: p, headers: { ...req.headers }, at: Date.now(), status: null };
    log.push(entry);
    if (onRequest) res.on('close', () => onRequest(entry));
    await sleep(latency);

    if (req.method === 'OPTIONS') {
      // Echo the requested headers: a `*` wildcard would not cover Authorization.
      return send(res, entry, 204, {
        'access-control-allow-origin': req.headers.origin ?? '*',
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      }, '');
    }

    const fault = takeFault(host, p);
    const handler = Object.hasOwn(handlers, host) ? handlers[host] : undefined;
    const route = handler ? undefined : matchRoute(routes, host, p);
    if (fault) {
      if ('hang' in fault) return; // the socket stays open until close()
      if ('reset' in fault) return void req.socket.destroy();
      if ('delayMs' in fault) await sleep(fault.delayMs);
      else if ('status' in fault) {
        /** @type {Record<string, string>} */
        const headers = { 'content-type': TEXT };
        for (const [k, v] of Object.entries(fault.headers ?? {})) headers[k.toLowerCase()] = String(v);
        return send(res, entry, fault.status, headers, fault.body ?? `${fault.status} (test fault)\n`);
      } else {
        /** @type {Record<string, string>} */
        const headers = { ...route?.headers, 'content-type': fault.contentType ?? route?.headers['content-type'] ?? TEXT };
        delete headers.etag;
        return send(res, entry, 200, headers, fault.body);
      }
    }

    if (handler) {
      /** @type {Record<string, string>} */
      const headers = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const answer = await handler({ method: entry.method, path: p, headers });
      return send(res, entry, answer.status, answer.headers, answer.body);
    }

    if (!route) return send(res, entry, 404, { 'content-type': TEXT }, `Not in the test world: https://${host}${p}\n`);
    const etag = route.headers.etag;
    if (etag && req.headers['if-none-match'] === etag) return send(res, entry, 304, route.headers, '');
    send(res, entry, route.status, route.headers, await readRouteBody(route));
  }

  const server = https.createServer({ cert: certs.certPem, key: certs.keyPem }, (req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500, { 'content-type': TEXT }).end(`world server error: ${err}\n`);
    });
  });
  // Track both the TCP and the TLS sockets so close() can destroy everything, hung requests included.
  for (const event of ['connection', 'secureConnection']) {
    server.on(event, (/** @type {import('node:net').Socket} */ s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
  }
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => (server.off('error', reject), resolve(undefined)));
  }).catch(async (err) => {
    await removeCertDir();
    throw err;
  });

  let closing = /** @type {Promise<void> | undefined} */ (undefined);
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    hosts: [...HOSTS],
    spkiHash: certs.spkiHash,
    caCertPath: certs.caCertPath,
    caPem: certs.caPem,
    requests: () => log.slice(),
    countByHost() {
      /** @type {Record<string, number>} */
      const counts = {};
      for (const r of log) counts[r.host] = (counts[r.host] ?? 0) + 1;
      return counts;
    },
    resetLog: () => void (log = []),
    setFault: (match, fault) => void faults.push({ match, fault, left: fault.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    setLatency: (ms) => void (latency = ms),
    close() {
      closing ??= (async () => {
        for (const t of timers) clearTimeout(t);
        const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
        for (const s of sockets) s.destroy();
        await closed;
        await removeCertDir();
      })();
      return closing;
    },
  };
}

/**
 * Value for Chromium's --host-resolver-rules: every world host goes to the local server, every
 * other name fails to resolve, so nothing leaves the machine.
 * @param {number} port
 * @param {string[]} [extraHosts]  hosts outside the worlds, answered by a handler (e.g. the bench's)
 */
export function chromiumHostRules(port, extraHosts = []) {
  return [...[...HOSTS, ...extraHosts].map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

/**
 * Firefox prefs that send every https connection to the local server: forceResolve makes every
 * name resolve to 127.0.0.1 (so unknown hosts also stay local), forcePort redirects port 443.
 * Release builds of Firefox ignore services.settings.server unless the process runs with
 * MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in its environment; without it Firefox's Remote Settings
 * polling shows up in requests() as firefox.settings.services.mozilla.com.
 * @param {number} port
 */
export function firefoxPrefs(port) {
  return {
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${port}`,
    'network.trr.mode': 5,
    'network.proxy.type': 0,
    'network.http.http3.enable': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}
