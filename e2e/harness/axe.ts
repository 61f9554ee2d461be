import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageDriver } from './driver';

/** axe-core's own bundle (a devDependency), injected into the page under test as it is. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What is reported: violations as bad as these. */
const REPORTED_IMPACTS = ['serious', 'critical'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** One line per failing node: its selector path (through shadow roots, `>>`) and what failed. */
  nodes: string[];
}

export interface AxeScope {
  /**
   * Check only these elements and everything inside them, their open shadow trees included
   * (CSS selectors in the document; every match counts). Selectors matching nothing are
   * dropped; when none matches, that is an error, not a pass.
   */
  include?: readonly string[];
}

/**
 * Runs axe-core in the page, open shadow roots included (axe 4 reads the flattened tree),
 * and returns its serious and critical violations. The page's CSP does not apply: the
 * source is evaluated by the test rig, as the driver's own functions are.
 */
export async function axeViolations(page: PageDriver, scope: AxeScope = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluateScript<boolean>('typeof window.axe === "object"');
  if (!loaded) {
    const after = await page.evaluateScript<string>(`${AXE_SOURCE}\n;typeof window.axe`);
    if (after !== 'object') throw new Error(`axe-core did not load in the page (window.axe is ${after})`);
  }
  const result = await page.evaluateScript<AxeViolation[] | { error: string }>(`(${runAxe.toString()})(${JSON.stringify({ include: scope.include ?? null, impacts: REPORTED_IMPACTS })})`);
  if (!Array.isArray(result)) throw new Error(result.error);
  return result;
}

/** Travels to the page as source: no closures over module variables. */
async function runAxe({ include, impacts }: { include: string[] | null; impacts: string[] }): Promise<AxeViolation[] | { error: string }> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  let context: unknown = document;
  if (include) {
    const present = include.filter((selector) => document.querySelector(selector) !== null);
    if (present.length === 0) return { error: `Nothing to check: no element matches ${include.join(', ')}` };
    context = { include: present.map((selector) => [selector]) };
  }
  const results = await axe.run(context, { resultTypes: ['violations'] });
  const path = (target: unknown): string => (Array.isArray(target) ? target.map(path).join(' >> ') : String(target));
  return results.violations
    .filter((violation) => impacts.includes(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => `${path(node.target)}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    }));
}

interface AxeGlobal {
  run(
    context: unknown,
    options: object,
  ): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
}

/** The violations as readable lines, for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((violation) => `${violation.impact} ${violation.id} (${violation.help}):\n  ${violation.nodes.join('\n  ')}`).join('\n');
}
