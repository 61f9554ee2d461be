/**
 * The rules built-extension.build.ts applies to the store zips, on made-up manifests and
 * code: each catches what it is for, and the shapes Kernel Context's builds have pass.
 */
import { API_PERMISSIONS, HOST_PATTERNS, SITE_PATTERNS, codeProblems, cspProblems, htmlProblems, manifestProblems, type Target } from './build-rules';

function manifest(target: Target, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const mv2 = target === 'firefox-mv2';
  return {
    manifest_version: mv2 ? 2 : 3,
    permissions: mv2 ? [...API_PERMISSIONS[target], ...HOST_PATTERNS] : [...API_PERMISSIONS[target]],
    ...(mv2 ? {} : { host_permissions: [...HOST_PATTERNS] }),
    commands: { 'toggle-annotations': { suggested_key: { default: 'Alt+Shift+K' } } },
    content_scripts: [{ matches: [...SITE_PATTERNS].reverse(), js: ['content-start.js'], run_at: 'document_start' }],
    ...extra,
  };
}

describe('manifestProblems', () => {
  it.each<Target>(['chrome-mv3', 'firefox-mv2', 'firefox-mv3'])('passes %s as built', (target) => {
    expect(manifestProblems(target, manifest(target))).toEqual([]);
  });

  it('passes a content script split into one entry per site', () => {
    const split = SITE_PATTERNS.map((pattern, index) => ({ matches: [pattern], js: [`content-scripts/site-${index}.js`] }));
    expect(manifestProblems('chrome-mv3', manifest('chrome-mv3', { content_scripts: split }))).toEqual([]);
  });

  it.each<[string, Target, Record<string, unknown>]>([
    ['<all_urls>', 'chrome-mv3', { host_permissions: [...HOST_PATTERNS, '<all_urls>'] }],
    ['<all_urls> in MV2 permissions', 'firefox-mv2', { permissions: ['storage', ...HOST_PATTERNS, '<all_urls>'] }],
    ['another host', 'firefox-mv3', { host_permissions: [...HOST_PATTERNS, 'https://github.com/*'] }],
    ['http on a host', 'firefox-mv3', { host_permissions: [...HOST_PATTERNS.slice(1), 'http://www.phoronix.com/*'] }],
    ['a missing host', 'chrome-mv3', { host_permissions: HOST_PATTERNS.slice(1) }],
    ['tabs', 'chrome-mv3', { permissions: ['storage', 'offscreen', 'scripting', 'tabs'] }],
    ['scripting under MV2', 'firefox-mv2', { permissions: ['storage', 'scripting', ...HOST_PATTERNS] }],
    ['userScripts', 'firefox-mv3', { permissions: ['storage', 'scripting', 'userScripts'] }],
    ['webRequest', 'firefox-mv2', { permissions: ['storage', 'webRequest', 'webRequestBlocking', ...HOST_PATTERNS] }],
    ['activeTab', 'chrome-mv3', { permissions: ['storage', 'offscreen', 'scripting', 'activeTab'] }],
    ['offscreen in Firefox', 'firefox-mv3', { permissions: ['storage', 'scripting', 'offscreen'] }],
    ['no storage', 'chrome-mv3', { permissions: ['offscreen', 'scripting'] }],
    ['optional permissions', 'chrome-mv3', { optional_permissions: ['tabs'] }],
    ['optional hosts', 'chrome-mv3', { optional_host_permissions: ['*://*/*'] }],
    ['web-accessible resources', 'chrome-mv3', { web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] }],
    ['externally connectable', 'chrome-mv3', { externally_connectable: { matches: ['https://www.phoronix.com/*'] } }],
    ['a sandbox', 'chrome-mv3', { sandbox: { pages: ['sandbox.html'] } }],
    ['another command', 'firefox-mv3', { commands: { 'toggle-annotations': {}, 'fetch-anything': {} } }],
    ['a content script on every site', 'chrome-mv3', { content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'] }] }],
    ['a content script on another site', 'chrome-mv3', { content_scripts: [{ matches: [...SITE_PATTERNS, 'https://lkml.org/*'], js: ['c.js'] }] }],
    ['a site without its content script', 'chrome-mv3', { content_scripts: [{ matches: SITE_PATTERNS.slice(1), js: ['c.js'] }] }],
    ['a content script in the main world', 'chrome-mv3', { content_scripts: [{ matches: SITE_PATTERNS, js: ['c.js'], world: 'MAIN' }] }],
    ['a content script in about:blank frames', 'chrome-mv3', { content_scripts: [{ matches: SITE_PATTERNS, js: ['c.js'], match_about_blank: true }] }],
    ['unsafe-eval', 'chrome-mv3', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } }],
    ['a remote script source', 'firefox-mv2', { content_security_policy: "script-src 'self' https://cdn.example; object-src 'self'" }],
    ['the wrong manifest version', 'firefox-mv2', { manifest_version: 3 }],
  ])('refuses %s', (_name, target, change) => {
    expect(manifestProblems(target, manifest(target, change))).not.toEqual([]);
  });
});

describe('cspProblems', () => {
  it("lets a policy tighten the default, and nothing else", () => {
    expect(cspProblems(undefined)).toEqual([]);
    expect(cspProblems({ extension_pages: "script-src 'self'; object-src 'self'" })).toEqual([]);
    expect(cspProblems("script-src 'self' 'unsafe-inline'")).toHaveLength(1);
    expect(cspProblems("default-src *")).toHaveLength(1);
    expect(cspProblems({ extension_pages: "script-src 'self' data: blob:" })).toHaveLength(2);
  });
});

describe('codeProblems', () => {
  it('passes what the bundles hold: the polyfill’s eval metadata, member calls, timers with functions, relative imports', () => {
    const code = [
      'const m={devtools:{inspectedWindow:{eval:{minArgs:1,maxArgs:2,singleCallbackArg:!1}}}};',
      'x.evaluate(1);medieval(2);setTimeout(()=>f(),10);setInterval(g,5);',
      'typeof e=="function"&&e instanceof Function;import("./chunk-1.js");',
      'const s=`message`;el.addEventListener(`click`,h);port.postMessage({id:1,type:t});e.postMessage(m);',
      // The background injecting the annotator, as the MV3 and MV2 builds minify it.
      'e.scripting.executeScript({target:{tabId:t,frameIds:[n]},files:[r]});e.tabs.executeScript(t,{file:r,frameId:n,runAt:`document_idle`});',
    ].join('\n');
    expect(codeProblems('ok.js', code, { contentScript: true })).toEqual([]);
  });

  it.each([
    ['eval(s)', 'a=1;eval(s)'],
    ['indirect eval', 'a=(0,eval)(s)'],
    ['eval by name', 'globalThis["eval"](s)'],
    ['new Function', 'f=new Function("a","return a")'],
    ['Function("…")', 'g=Function("return this")()'],
    ['string setTimeout', 'setTimeout("alert(1)",10)'],
    ['string setInterval', 'setInterval(`tick()`,10)'],
    ['importScripts', 'importScripts("https://cdn.example/x.js")'],
    ['a remote import()', 'import("https://cdn.example/x.js")'],
    ['a computed import()', 'import(url)'],
    ['WebAssembly', 'WebAssembly.instantiate(bytes)'],
    ['a script element', 'document.createElement("script")'],
    ['executeScript of code', 'browser.tabs.executeScript(1,{code:s})'],
    ['executeScript of a function', 'e.scripting.executeScript({target:{tabId:t},func:f,args:[a]})'],
    ['executeScript of a file and a function', 'e.scripting.executeScript({target:{tabId:t},files:[r],func:f})'],
    ['registerContentScripts', 'e.scripting.registerContentScripts([{id:`x`,js:[r],matches:m}])'],
    ['userScripts', 'e.userScripts.register([])'],
  ])('finds %s', (_name, code) => {
    expect(codeProblems('bad.js', code)).not.toEqual([]);
  });

  it("finds a window-message listener, a message posted to a window and an event dispatched on the page in the content script only", () => {
    for (const code of [
      'window.addEventListener("message",h)',
      'addEventListener(`message`,h)',
      'self.onmessage=h',
      // WXT's content script context, as it is minified into a script.
      'window.postMessage({type:e.SCRIPT_STARTED_MESSAGE_TYPE,contentScriptName:this.contentScriptName},`*`)',
      'document.dispatchEvent(new CustomEvent(e.SCRIPT_STARTED_MESSAGE_TYPE,{detail:{contentScriptName:t}}))',
      'window.dispatchEvent(new n(r,i))',
    ]) {
      expect(codeProblems('content.js', code, { contentScript: true }), code).toHaveLength(1);
      expect(codeProblems('offscreen.js', code), code).toEqual([]);
    }
  });
});

describe('htmlProblems', () => {
  it('passes pages loading their own modules and styles', () => {
    expect(htmlProblems('popup.html', '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup.css">')).toEqual([]);
  });

  it.each([
    ['a remote script', '<script src="https://cdn.example/x.js"></script>'],
    ['a protocol-relative script', '<script src="//cdn.example/x.js"></script>'],
    ['an inline script', '<script>alert(1)</script>'],
    ['a remote stylesheet', '<link rel="stylesheet" href="https://cdn.example/x.css">'],
    ['an inline handler', '<body onload="init()">'],
  ])('finds %s', (_name, html) => {
    expect(htmlProblems('page.html', html)).toHaveLength(1);
  });
});
