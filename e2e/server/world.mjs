import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { HOSTS } from './hosts.mjs';

/** The mapped hosts, plus localhost for pages on a host the extension does not serve. */
const ROUTE_HOSTS = [...HOSTS, 'localhost'];

/**
 * One entry of world.json `routes`. Give exactly one of path/pathPrefix and one of file/json/body.
 * @typedef {object} RouteSpec
 * @property {string} host
 * @property {string} [path]        request path + query, matched exactly
 * @property {string} [pathPrefix]  matched as a prefix of path + query
 * @property {string} [file]        relative to the world folder; read on every request
 * @property {unknown} [json]
 * @property {string} [body]
 * @property {number} [status]      default 200
 * @property {Record<string, string>} [headers]
 */

/**
 * @typedef {object} Route
 * @property {string} host
 * @property {string} [path]
 * @property {string} [pathPrefix]
 * @property {string} [filePath]  absolute
 * @property {string} [body]
 * @property {number} status
 * @property {Record<string, string>} headers  lower-case names, content-type always set
 */

/** @typedef {{ dir: string, description: string, routes: Route[] }} World */

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Reads `dir/world.json` and checks every route.
 * @param {string} dir
 * @returns {Promise<World>}
 */
export async function loadWorld(dir) {
  const jsonPath = path.join(dir, 'world.json');
  const spec = JSON.parse(await readFile(jsonPath, 'utf8'));
  /** @type {RouteSpec[]} */
  const specs = spec.routes ?? [];
  const routes = await Promise.all(
    specs.map(async (r, i) => {
      const fail = (/** @type {string} */ msg) => new Error(`${jsonPath}, route ${i} (${r.host}${r.path ?? r.pathPrefix}): ${msg}`);
      if (!ROUTE_HOSTS.includes(r.host)) throw fail(`host must be one of ${ROUTE_HOSTS.join(', ')}`);
      if ((r.path === undefined) === (r.pathPrefix === undefined)) throw fail('give exactly one of path, pathPrefix');
      const sources = ['file', 'json', 'body'].filter((k) => k in r);
      if (sources.length !== 1) throw fail('give exactly one of file, json, body');

      /** @type {Record<string, string>} */
      const headers = {};
      for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = String(v);
      /** @type {Route} */
      const route = { host: r.host, path: r.path, pathPrefix: r.pathPrefix, status: r.status ?? 200, headers };
      if (r.file !== undefined) {
        route.filePath = path.resolve(dir, r.file);
        await access(route.filePath).catch(() => { throw fail(`missing file ${route.filePath}`); });
        headers['content-type'] ??= TYPES[path.extname(r.file).toLowerCase()] ?? 'application/octet-stream';
      } else if (r.json !== undefined) {
        route.body = JSON.stringify(r.json);
        headers['content-type'] ??= TYPES['.json'];
      } else {
        route.body = String(r.body);
        headers['content-type'] ??= TYPES['.txt'];
      }
      return route;
    }),
  );
  return { dir, description: spec.description ?? '', routes };
}

/**
 * Picks the route for a request: an exact path beats any prefix, a longer prefix beats a shorter
 * one, and on a tie the later route (later world) wins.
 * @param {Route[]} routes
 * @param {string} host
 * @param {string} pathAndQuery
 * @returns {Route | undefined}
 */
export function matchRoute(routes, host, pathAndQuery) {
  /** @type {Route | undefined} */
  let best;
  for (const r of routes) {
    if (r.host !== host) continue;
    if (r.path !== undefined) {
      if (r.path === pathAndQuery) best = r;
    } else if (r.pathPrefix !== undefined && pathAndQuery.startsWith(r.pathPrefix)) {
      if (!best || (best.pathPrefix !== undefined && r.pathPrefix.length >= best.pathPrefix.length)) best = r;
    }
  }
  return best;
}

/**
 * @param {Route} route
 * @returns {Promise<string | Buffer>}
 */
export async function readRouteBody(route) {
  return route.filePath ? readFile(route.filePath) : (route.body ?? '');
}
