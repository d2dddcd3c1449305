import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules (axe tags). */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFindings {
  /** Serious and critical violations, one line each: rule, then the offending nodes. */
  serious: string[];
  /** Rules that ran and passed (to prove that, e.g., color-contrast was checked at all). */
  passed: string[];
}

/** Runs axe (WCAG 2.1 A/AA) on the page, or only inside `include` (open shadow roots are followed). */
export async function axeFindings(page: Page, include?: string): Promise<AxeFindings> {
  const builder = new AxeBuilder({ page }).withTags(WCAG21_AA);
  if (include) builder.include(include);
  const { violations, passes } = await builder.analyze();
  return {
    serious: violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`),
    passed: passes.map((p) => p.id),
  };
}

/**
 * 200% browser zoom as layout sees it: the CSS viewport halves and each CSS
 * pixel takes two device pixels. (CDP has no browser-zoom command; this is
 * what zoom does to the page.)
 */
export async function zoom200(page: Page, window: { width: number; height: number }): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: window.width / 2,
    height: window.height / 2,
    deviceScaleFactor: 2,
    mobile: false,
  });
  return cdp;
}

/** Whether the document scrolls sideways (content wider than the viewport). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

export interface Focused {
  /** Inside the overlay's shadow root. */
  inOverlay: boolean;
  tag: string;
  /** aria-label, else its label's text (form controls), else its own text. */
  name: string;
  /** The focus indicator as drawn (outline style and width). */
  outline: string;
}

/** The element that has keyboard focus, looking into the overlay's open shadow root. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let inOverlay = false;
    while (el?.shadowRoot?.activeElement) {
      inOverlay ||= el.localName === 'dvc-assistant';
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      inOverlay,
      tag: el.localName,
      name: (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; fails after `max` presses. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, { back = false, max = 400 } = {}): Promise<Focused> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now && wanted(now)) return now;
    visited.push(now ? `${now.inOverlay ? 'overlay ' : ''}${now.tag} “${now.name.slice(0, 30)}”` : '(nothing)');
  }
  throw new Error(`not reached by keyboard in ${max} presses; focus went: ${visited.slice(-25).join(' → ')}`);
}

/** A visible focus indicator: a drawn outline at least 2 px wide. */
export const hasVisibleFocus = (f: Focused) => !f.outline.startsWith('none') && Number.parseFloat(f.outline.split(' ')[1] ?? '0') >= 2;
