import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * axe-core on every page the browser journeys visit (the guide: "a serious violation fails them").
 *
 * - `auditAccessibility(page, step)` runs axe now and throws on a serious or critical violation: the
 *   page objects call it after each significant screen change (a dialog that opens, a new step).
 * - `watchAccessibility(context)` audits every page of the context by itself after each navigation of
 *   its main frame, full loads and single-page-app route changes alike (history.pushState fires
 *   `framenavigated` too), once the screen has settled. What it finds is kept and fails the running
 *   test in `afterEach` (see e2e/support/jest-setup.ts), so no journey can forget to check.
 */

const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** Quiet time after a navigation before auditing, so that the route's screen has rendered. */
const SETTLE_MS = 400;

export interface AccessibilityViolation {
  url: string;
  step: string;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

const found = new Map<string, AccessibilityViolation>();
const pending = new Set<Promise<unknown>>();

/** The audit in progress on each page: axe refuses to start while another run is going on in the page. */
const running = new WeakMap<Page, Promise<unknown>>();

/** Audits the page once the audit already running on it (after a navigation, or a step's) has ended. */
function analyze(page: Page): Promise<Result[]> {
  const previous = running.get(page) ?? Promise.resolve();
  const run = previous.then(() => runAxe(page));
  running.set(page, run.catch(() => undefined));
  return run;
}

async function runAxe(page: Page): Promise<Result[]> {
  // Legacy mode runs axe.run in the page itself: the apps have no cross-origin frame, and the default
  // mode would open a blank page in the context to merge frame results.
  // label-content-name-mismatch (WCAG 2.5.3, "the visible text is part of the name") is still tagged
  // experimental in axe-core, hence off by default: the guide asks for it.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
}

function toViolations(url: string, step: string, results: Result[]): AccessibilityViolation[] {
  return results.map((result) => ({
    url,
    step,
    rule: result.id,
    impact: result.impact ?? '',
    help: result.help,
    helpUrl: result.helpUrl,
    targets: result.nodes.map((node) => `${node.target.map(String).join(' ')}  ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`),
  }));
}

/** A readable account: rule id, impact, help and the selectors of the offending nodes, by page. */
export function formatViolations(violations: AccessibilityViolation[]): string {
  const lines = [`${violations.length} serious or critical accessibility violation(s) (axe-core):`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact}] ${violation.rule}: ${violation.help} (${violation.helpUrl})`);
    lines.push(`  on ${violation.url} (${violation.step})`);
    for (const target of violation.targets) lines.push(`    ${target}`);
  }
  return lines.join('\n');
}

/** Audits the page now; throws on a serious or critical violation. */
export async function auditAccessibility(page: Page, step: string): Promise<void> {
  const violations = toViolations(page.url(), step, await analyze(page));
  if (violations.length > 0) throw new Error(formatViolations(violations));
}

function record(violations: AccessibilityViolation[]): void {
  for (const violation of violations) {
    const path = new URL(violation.url).pathname;
    const key = `${path} ${violation.rule} ${violation.targets.join(',')}`;
    if (!found.has(key)) found.set(key, violation);
  }
}

function watchPage(page: Page): void {
  let timer: NodeJS.Timeout | undefined;
  let release: (() => void) | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    if (!release) {
      const settled = new Promise<void>((resolve) => (release = resolve));
      pending.add(settled);
      void settled.finally(() => pending.delete(settled));
    }
    timer = setTimeout(() => {
      timer = undefined;
      const done = release!;
      release = undefined;
      const url = page.url();
      if (page.isClosed() || !url.startsWith('http')) return done();
      analyze(page)
        .then((results) => record(toViolations(url, 'after navigation', results)))
        // The page moved on or closed during the audit: the next navigation is audited in turn.
        .catch(() => undefined)
        .finally(done);
    }, SETTLE_MS);
  };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) schedule();
  });
  page.on('load', schedule);
  page.on('close', () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    release?.();
    release = undefined;
  });
}

/** Audits every page of the context after each navigation (see above). */
export function watchAccessibility(context: BrowserContext): void {
  // Screens are audited as they rest: with transitions running, axe measures the contrast of a menu
  // or a button halfway through its fade and reports colours nobody reads.
  void context.addInitScript(() => {
    const freeze = () => {
      const style = document.createElement('style');
      style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
      document.head.append(style);
    };
    if (document.head) freeze();
    else document.addEventListener('DOMContentLoaded', freeze, { once: true });
  });
  for (const page of context.pages()) watchPage(page);
  context.on('page', watchPage);
}

/** Waits for the audits under way, then hands over (and forgets) what they found. */
export async function takeViolations(): Promise<AccessibilityViolation[]> {
  while (pending.size > 0) await Promise.all([...pending]);
  const violations = [...found.values()];
  found.clear();
  return violations;
}
