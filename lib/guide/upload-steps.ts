import type { ChecklistItem } from '../checklist/schema';
import { type MessageKey, translate } from '../i18n';
import type { Localized } from '../i18n/localized';
import type { PageRule, Step, UploadSystem } from './schema';

type Params = Record<string, string | number>;

/** The same i18n message in both languages: generated steps carry Localized text like the data files. */
const both = (key: MessageKey, params?: Params): Localized => ({
  vi: translate('vi', key, params),
  en: translate('en', key, params),
});

const UPLOAD_TABLE: Record<UploadSystem, { page: PageRule; entry: string }> = {
  'portal-form': { page: { kinds: ['filing-form'] }, entry: 'filing.uploadButton' },
  moj: { page: { kinds: ['wizard-step-3'] }, entry: 'moj.attachButton' },
};
const DIALOG: PageRule = { kinds: ['document-dialog'] };

/** "1 bản chính, 1 bản sao" in the user's words, or nothing when the checklist does not say. */
function countsText(item: ChecklistItem, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  if (item.original) parts.push(translate(lang, 'guide.upload.originals', { n: item.original }));
  if (item.copies) parts.push(translate(lang, 'guide.upload.copies', { n: item.copies }));
  return parts.join(', ');
}

function uploadBody(item: ChecklistItem, system: UploadSystem): Localized {
  const key: MessageKey = system === 'moj' ? 'guide.upload.attachBody' : 'guide.upload.body';
  const text = (lang: 'vi' | 'en') => {
    const counts = countsText(item, lang);
    const base = translate(lang, key, { name: item.name });
    return counts ? `${base} ${translate(lang, 'guide.upload.counts', { counts })}` : base;
  };
  return { vi: text('vi'), en: text('en') };
}

function stepsForItem(item: ChecklistItem, n: number, system: UploadSystem, branch: string | undefined): Step[] {
  const table = UPLOAD_TABLE[system];
  const id = `${system}.paper-${n}`;
  const row = { entry: table.entry, row: item.name };
  const params = { name: item.name };
  if (item.action === 'skip') {
    // The row may not exist when the portal already dropped the paper: then there is nothing to warn about.
    return [
      {
        id,
        page: table.page,
        target: row,
        title: both('guide.upload.skipTitle', params),
        body: both('guide.upload.skipBody', { name: item.name, heldBy: item.heldBy ?? 'VNeID' }),
        completion: { type: 'manual' },
        missing: { waitMs: 1500, fallback: 'skip' },
        branch,
      },
    ];
  }
  if (item.action === 'present') {
    return [
      {
        id,
        page: table.page,
        target: row,
        title: both('guide.upload.presentTitle', params),
        body: both('guide.upload.presentBody', params),
        completion: { type: 'manual' },
        missing: { waitMs: 1500, fallback: 'skip' },
        branch,
      },
    ];
  }
  const attach: Step = {
    id,
    page: table.page,
    target: row,
    title: both('guide.upload.title', params),
    body: uploadBody(item, system),
    completion: system === 'moj' ? { type: 'page', kinds: ['document-dialog'] } : { type: 'file' },
    missing: { waitMs: 5000, fallback: 'float' },
    branch,
  };
  if (system === 'portal-form') return [attach];
  const inDialog = (suffix: string, entry: string, text: [MessageKey, MessageKey], completion: Step['completion']): Step => ({
    id: `${id}.${suffix}`,
    page: DIALOG,
    target: { entry },
    title: both(text[0], params),
    body: both(text[1], params),
    completion,
    missing: { waitMs: 5000, fallback: 'float' },
    branch,
  });
  return [
    attach,
    inDialog('device', 'moj.uploadFromDevice', ['guide.upload.deviceTitle', 'guide.upload.deviceBody'], { type: 'appears', entry: 'moj.uploadContainer' }),
    inDialog('file', 'moj.uploadContainer', ['guide.upload.fileTitle', 'guide.upload.fileBody'], { type: 'file' }),
    // The dialog closes only once the upload is accepted (a "." in the name is refused): that is the step's end.
    inDialog('wallet', 'moj.addToWallet', ['guide.upload.walletTitle', 'guide.upload.walletBody'], { type: 'page', kinds: ['wizard-step-3'] }),
  ];
}

/** Without a checklist: one step pointing at the upload table as a whole. */
function genericSteps(system: UploadSystem, branch: string | undefined): Step[] {
  const table = UPLOAD_TABLE[system];
  return [
    {
      id: `${system}.papers`,
      page: table.page,
      target: { entry: table.entry },
      title: both('guide.upload.genericTitle'),
      body: both(system === 'moj' ? 'guide.upload.genericAttachBody' : 'guide.upload.genericBody'),
      completion: { type: 'manual' },
      missing: { waitMs: 8000, fallback: 'float' },
      branch,
    },
  ];
}

/**
 * The upload part of a guide, row by row from the procedure's checklist:
 * papers to digitize get a step on their row; papers the state already holds
 * get a "do not upload" step; notes and declarations filled online get none.
 */
export function uploadSteps(items: ChecklistItem[] | null, system: UploadSystem, branch?: string): Step[] {
  const relevant = (items ?? []).filter((i) => i.kind === 'paper' && i.action !== 'fill');
  if (relevant.length === 0) return genericSteps(system, branch);
  return relevant.flatMap((item, n) => stepsForItem(item, n + 1, system, branch));
}
