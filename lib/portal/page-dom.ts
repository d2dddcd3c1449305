import type { PageFromUrl, PageKind } from './page-kind';
import { foldLabel } from './text-match';

/*
 * Refines the URL's page kind from what the page shows: wizard steps,
 * dialogs, success screens and sign-in steps live in the DOM, not the URL.
 * Matches visible text (folded), ARIA roles and state attributes only — never
 * class names, which change with every build of the portals. Pure: reads
 * only the given root. Part of the eager content script, so kept small.
 */

const fold = (text: string) => foldLabel(text).replace(/[!.]+$/, '');

const WIZARD_STEPS = ['Thông tin chủ hồ sơ', 'Kê khai thông tin', 'Thành phần hồ sơ', 'Thông tin nhận kết quả'].map(fold);
const SUCCESS = ['Gửi hồ sơ thành công', 'Nộp hồ sơ thành công', 'Thanh toán thành công'].map(fold);
const DIALOGS: [string, PageKind][] = [
  [fold('Danh sách tài liệu điện tử'), 'document-dialog'],
  [fold('Thông tin chung'), 'wizard-general'],
];
// Liên thông's result has no "thành công": it shows "Số hồ sơ: G22.99.08-…" (captures of 2026).
const DOSSIER_NUMBER = /^so ho so ?: ?[a-z0-9]/;
const OTP_TITLE = fold('Nhập mã xác nhận');
const CONSENT_BUTTON = fold('Xác nhận chia sẻ');
// "Tài khoản chưa được định danh điện tử mức độ 2" and close variants.
const NOT_LEVEL_2 = /chua .*muc( do)? 2\b/;

export type SignInStep = 'credentials' | 'otp' | 'consent' | 'not-level-2';

interface Snippet {
  el: Element;
  text: string;
}

const STEP_KINDS: PageKind[] = ['wizard-step-1', 'wizard-step-2', 'wizard-step-3', 'wizard-step-4'];

/** Hidden from sight: `hidden`, a closed Radix `data-state`, or an inline `display:none` on it or an ancestor. */
function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('data-state') === 'closed') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * Every element's own text (its text-node children), folded; headings and
 * alerts by their whole text. Computed once per detection.
 */
function texts(root: ParentNode): Snippet[] {
  const out: Snippet[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const whole = /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'alert';
    let raw = '';
    if (whole) raw = el.textContent ?? '';
    else for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) raw += node.textContent ?? '';
    const text = raw.trim() ? fold(raw) : '';
    if (text) out.push({ el, text });
  }
  return out;
}

const visibleMatch = (all: Snippet[], test: (text: string) => boolean) => all.find((t) => test(t.text) && !isHidden(t.el)) ?? null;

function dialogTitle(dialog: Element): string {
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labelled = ids.map((id) => dialog.ownerDocument?.getElementById(id)?.textContent ?? '').join(' ');
  const title = labelled.trim() || dialog.getAttribute('aria-label') || dialog.querySelector('h1, h2, h3, h4, h5, h6')?.textContent || '';
  return fold(title);
}

function openDialogKind(root: ParentNode): PageKind | null {
  let found: PageKind | null = null;
  for (const dialog of Array.from(root.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]'))) {
    if (isHidden(dialog)) continue;
    const title = dialogTitle(dialog);
    const kind = DIALOGS.find(([name]) => name === title)?.[1];
    if (kind === 'document-dialog') return kind;
    found = kind ?? found;
  }
  return found;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let node: Element | null = a; node; node = node.parentElement) above.add(node);
  for (let node: Element | null = b; node; node = node.parentElement) if (above.has(node)) return node;
  return null;
}

/**
 * The wizard's current step (1–4) from its stepper: the four step titles'
 * first visible occurrences, the item marked `aria-current="step"`, or else
 * the first item not showing ✓ (done steps show ✓).
 */
function currentWizardStep(all: Snippet[]): number | null {
  const titles = WIZARD_STEPS.map((step) => visibleMatch(all, (text) => text === step)?.el ?? null);
  const [first, , , last] = titles;
  if (!first || !last || titles.some((t) => !t)) return null;
  const stepper = commonAncestor(first, last);
  if (!stepper) return null;
  const items = titles.map((title) => {
    let item = title as Element;
    while (item.parentElement && item.parentElement !== stepper) item = item.parentElement;
    return item;
  });
  const marked = items.findIndex((item) => item.getAttribute('aria-current') === 'step' || item.querySelector('[aria-current="step"]'));
  if (marked >= 0) return marked + 1;
  const open = items.findIndex((item) => !/[✓✔]/.test(item.textContent ?? ''));
  return open >= 0 ? open + 1 : null;
}

function signInStep(root: ParentNode, all: Snippet[]): SignInStep | null {
  if (all.some((t) => t.el.getAttribute('role') === 'alert' && NOT_LEVEL_2.test(t.text) && !isHidden(t.el))) return 'not-level-2';
  if (visibleMatch(all, (text) => text === OTP_TITLE)) return 'otp';
  if (visibleMatch(all, (text) => text === CONSENT_BUTTON)) return 'consent';
  const password = root.querySelector('input[type="password"]');
  return password && !isHidden(password) ? 'credentials' : null;
}

/** Which step of the VNeID sign-in the page shows, or null when it shows none. */
export function detectSignInStep(root: ParentNode): SignInStep | null {
  return signInStep(root, texts(root));
}

const showsSuccess = (all: Snippet[]) => Boolean(visibleMatch(all, (text) => SUCCESS.includes(text) || DOSSIER_NUMBER.test(text)));

/**
 * The page's kind, from the URL's classification refined by what the DOM
 * shows. Only the pages whose kind can live in the DOM are scanned.
 */
export function detectPageFromDom(root: ParentNode, fromUrl: PageFromUrl): PageKind {
  const filing = (fromUrl.site === 'portal' || fromUrl.site === 'lienthong') && fromUrl.kind === 'filing-form';
  if (filing) return showsSuccess(texts(root)) ? 'success' : fromUrl.kind;
  if (fromUrl.site === 'vneid') return signInStep(root, texts(root)) ? 'sign-in' : fromUrl.kind;
  if (fromUrl.site !== 'justice') return fromUrl.kind;
  const all = texts(root);
  if (showsSuccess(all)) return 'success';
  const dialog = openDialogKind(root);
  if (dialog) return dialog;
  if (signInStep(root, all)) return 'sign-in';
  const step = currentWizardStep(all);
  return (step && STEP_KINDS[step - 1]) || fromUrl.kind;
}
