/**
 * A `kc-*` element with an open shadow root holding its style and a container to render
 * into: every overlay is one (DESIGN.md § Overlay DOM). Made by hand rather than with WXT's
 * shadow-root UI, whose helpers cost the content script a seventh of its size budget.
 */
export function shadowHost(tag: string, css: string, attributes: Record<string, string> = {}, container = 'span'): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const inner = document.createElement(container);
  shadow.append(style, inner);
  return { host, container: inner };
}
