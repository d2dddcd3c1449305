import type { ChecklistItem } from '../checklist/schema';
import { type MessageKey, translate } from '../i18n';
import type { Localized } from '../i18n/localized';
import { type PageRule, Step, type StepInput, type UploadSystem } from './schema';

const UPLOAD_TABLE: Record<UploadSystem, { page: PageRule; entry: string }> = {
  'portal-form': { page: { kinds: ['filing-form'], site: 'portal' }, entry: 'filing.uploadButton' },
  moj: { page: { kinds: ['wizard-step-3'] }, entry: 'moj.attachButton' },
  lienthong: { page: { kinds: ['filing-form'], site: 'lienthong' }, entry: 'lienthong.uploadButton' },
};
const DIALOG: PageRule = { kinds: ['document-dialog'] };

/** An i18n message in both languages, naming the paper: generated steps carry Localized text like the data files. */
function text(key: MessageKey, paper: Localized, extra: Record<string, string> = {}): Localized {
  return {
    vi: translate('vi', key, { name: paper.vi, ...extra }),
    en: translate('en', key, { name: paper.en, ...extra }),
  };
}

/** "Cần: 1 bản chính, 1 bản sao" in the user's words, or nothing when the checklist does not say. */
function withCounts(body: Localized, item: ChecklistItem): Localized {
  const add = (lang: 'vi' | 'en') => {
    const parts: string[] = [];
    if (item.original) parts.push(translate(lang, 'guide.upload.originals', { n: item.original }));
    if (item.copies) parts.push(translate(lang, 'guide.upload.copies', { n: item.copies }));
    return parts.length ? `${body[lang]} ${translate(lang, 'guide.upload.counts', { counts: parts.join(', ') })}` : body[lang];
  };
  return { vi: add('vi'), en: add('en') };
}

/**
 * "Danh sách tài liệu điện tử": from the device, the file, then "Thêm vào ví
 * & Chọn". The dialog closes only once the upload is accepted (a "." in the
 * name is refused), so that is the last step's end.
 */
function dialogSteps(prefix: string, paper: Localized, branch: string | undefined, repeatable: boolean): StepInput[] {
  const make = (suffix: string, entry: string, title: MessageKey, body: MessageKey, completion: StepInput['completion']): StepInput => ({
    id: `${prefix}.${suffix}`,
    page: DIALOG,
    target: { entry },
    title: text(title, paper),
    body: text(body, paper),
    completion,
    missing: { waitMs: 5000, fallback: 'float' },
    branch,
    repeatable,
  });
  return [
    make('device', 'moj.uploadFromDevice', 'guide.upload.deviceTitle', 'guide.upload.deviceBody', { type: 'appears', entry: 'moj.uploadContainer' }),
    make('file', 'moj.uploadContainer', 'guide.upload.fileTitle', 'guide.upload.fileBody', { type: 'file' }),
    make('wallet', 'moj.addToWallet', 'guide.upload.walletTitle', 'guide.upload.walletBody', { type: 'page', kinds: ['wizard-step-3'] }),
  ];
}

function stepsForItem(item: ChecklistItem, n: number, system: UploadSystem, branch: string | undefined): StepInput[] {
  const table = UPLOAD_TABLE[system];
  const id = `${system}.paper-${n}`;
  const paper = { vi: item.name, en: item.name };
  const onRow = { id, page: table.page, target: { entry: table.entry, row: item.name }, branch };
  if (item.action === 'skip' || item.action === 'present') {
    // A row the portal no longer lists needs no word: the step skips itself.
    const [title, body]: [MessageKey, MessageKey] =
      item.action === 'skip' ? ['guide.upload.skipTitle', 'guide.upload.skipBody'] : ['guide.upload.presentTitle', 'guide.upload.presentBody'];
    return [
      {
        ...onRow,
        title: text(title, paper),
        body: text(body, paper, { heldBy: item.heldBy ?? 'VNeID' }),
        completion: { type: 'manual' },
        missing: { waitMs: 1500, fallback: 'skip' },
      },
    ];
  }
  const attach: StepInput = {
    ...onRow,
    title: text('guide.upload.title', paper),
    body: withCounts(text(system === 'moj' ? 'guide.upload.attachBody' : 'guide.upload.body', paper), item),
    completion: system === 'moj' ? { type: 'page', kinds: ['document-dialog'] } : { type: 'file' },
    // A table without this paper's row (another case of the procedure) skips the step; no table at all floats the card.
    missing: { waitMs: 3000, fallback: 'float' },
  };
  return system === 'moj' ? [attach, ...dialogSteps(id, paper, branch, false)] : [attach];
}

/**
 * Without a checklist: one step pointing at the upload table, then (in the
 * ministry's wizard) the dialog's steps, which come back for every paper.
 */
function genericSteps(system: UploadSystem, branch: string | undefined): StepInput[] {
  const table = UPLOAD_TABLE[system];
  const papers: StepInput = {
    id: `${system}.papers`,
    page: table.page,
    target: { entry: table.entry },
    title: text('guide.upload.genericTitle', { vi: '', en: '' }),
    body: text(system === 'moj' ? 'guide.upload.genericAttachBody' : 'guide.upload.genericBody', { vi: '', en: '' }),
    completion: { type: 'manual' },
    branch,
  };
  if (system !== 'moj') return [papers];
  const thisPaper = { vi: translate('vi', 'guide.upload.thisPaper'), en: translate('en', 'guide.upload.thisPaper') };
  return [papers, ...dialogSteps(papers.id, thisPaper, branch, true)];
}

/**
 * The upload part of a guide, row by row from the procedure's checklist:
 * papers to digitize get a step on their row; papers the state already holds
 * get a "do not upload" step; notes and declarations filled online get none.
 */
export function uploadSteps(items: ChecklistItem[] | null, system: UploadSystem, branch?: string): Step[] {
  const relevant = (items ?? []).filter((i) => i.kind === 'paper' && i.action !== 'fill');
  const steps = relevant.length === 0 ? genericSteps(system, branch) : relevant.flatMap((item, n) => stepsForItem(item, n + 1, system, branch));
  return steps.map((s) => Step.parse(s));
}
