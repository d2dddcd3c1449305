import { useState } from 'react';
import type { Checklist, ChecklistEntry, ChecklistItem, ItemAction } from '@/lib/checklist/schema';
import { useReason, useT } from './I18nContext';

export interface ChecklistRegionProps {
  /** The contract checklist, or the engine's (with alternatives marked). */
  checklist: Checklist;
  /** Buttons shown under the summary (the guide's "Hướng dẫn nộp trực tuyến"). */
  actions?: React.ReactNode;
  /** What the reader could not read on the page (Vietnamese, from lib/checklist). */
  unread?: readonly string[];
}

type Item = ChecklistItem & Partial<Pick<ChecklistEntry, 'conditional' | 'oneOf'>>;

interface Group {
  title: string | null;
  papers: Item[];
  notes: Item[];
}

const SUMMARY_ORDER: ItemAction[] = ['upload', 'fill', 'present', 'skip'];

/** Stable React keys for items whose names may repeat within a case. */
function keyed(items: readonly Item[]): [string, Item][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.name) ?? 0) + 1;
    seen.set(item.name, n);
    return [`${item.name}#${n}`, item];
  });
}

function groupsOf(items: readonly Item[]): Group[] {
  const groups = new Map<string | null, Group>();
  for (const item of items) {
    let group = groups.get(item.group);
    if (!group) {
      group = { title: item.group, papers: [], notes: [] };
      groups.set(item.group, group);
    }
    (item.kind === 'note' ? group.notes : group.papers).push(item);
  }
  return [...groups.values()];
}

function Counts({ item }: { item: Item }) {
  const t = useT();
  const parts = [
    item.original ? t('checklist.count.original', { n: item.original }) : null,
    item.copies ? t('checklist.count.copies', { n: item.copies }) : null,
  ].filter(Boolean);
  return parts.length ? <span className="dvc-checklist__counts">{parts.join(', ')}</span> : null;
}

function Paper({ item }: { item: Item }) {
  const t = useT();
  const reason = useReason();
  return (
    <li className={`dvc-checklist__item dvc-checklist__item--${item.action}`}>
      <span className={`dvc-badge dvc-badge--${item.action}`}>{t(`checklist.action.${item.action}`)}</span>{' '}
      {item.conditional && <span className="dvc-badge dvc-badge--muted">{t('checklist.conditional')}</span>}{' '}
      {item.oneOf && <span className="dvc-badge dvc-badge--muted">{t('checklist.oneOf')}</span>}
      <p className="dvc-checklist__name">{item.name}</p>
      <p className="dvc-checklist__meta">
        <Counts item={item} />
        {item.form && <span className="dvc-checklist__form">{t('checklist.form', { form: item.form })}</span>}
      </p>
      {item.action === 'skip' && item.heldBy ? (
        <div className="dvc-checklist__held">
          <p>
            <strong>{t('checklist.heldBy', { where: item.heldBy })}</strong>
          </p>
          <p>{reason(item)}</p>
          {item.legalBasis && <p className="dvc-checklist__basis">{t('checklist.legalBasis', { basis: item.legalBasis })}</p>}
        </div>
      ) : (
        <p className="dvc-checklist__reason">{reason(item)}</p>
      )}
    </li>
  );
}

/** One line per paper the state holds, shown even while the list is folded: the once-only message comes first. */
function HeldSummary({ items }: { items: readonly Item[] }) {
  const t = useT();
  if (!items.length) return null;
  return (
    <ul className="dvc-checklist__held-summary">
      {keyed(items).map(([key, item]) => (
        <li key={key}>
          <span className="dvc-checklist__clamp">{item.name}</span>
          <strong>{t('checklist.heldBy', { where: item.heldBy ?? '' })}</strong>
        </li>
      ))}
    </ul>
  );
}

function UnreadList({ unread }: { unread: readonly string[] }) {
  if (!unread.length) return null;
  return (
    <ul className="dvc-checklist__unread">
      {unread.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/**
 * The region "Kiểm tra thành phần hồ sơ" (a named <section>, so role region):
 * a summary and the papers the state already holds, then — unfolded on
 * request, so that the dock does not cover the portal's own buttons — the
 * papers by case with what to do with each, notes muted with their case, and
 * for every held paper where it is held and on which legal basis. Page text
 * is rendered as text only. Fixed "dvc-" ids: React ids ("_r_1_") would repeat
 * the portal's own, which tests and tools find through the open shadow root.
 */
export function ChecklistRegion({ checklist, actions, unread = [] }: ChecklistRegionProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const items = checklist.items as Item[];
  if (items.length === 0) {
    // Nothing read (the table is missing or changed): say so, rather than show nothing or an empty list.
    return (
      <section aria-labelledby="dvc-checklist-title" className="dvc-card dvc-checklist">
        <p id="dvc-checklist-title" className="dvc-card__eyebrow">
          {t('checklist.region')}
        </p>
        <p>{t('checklist.nothingRead')}</p>
        <UnreadList unread={unread} />
        {actions && <div className="dvc-checklist__actions">{actions}</div>}
      </section>
    );
  }
  const papers = items.filter((i) => i.kind === 'paper');
  const summary = SUMMARY_ORDER.map((action) => [action, papers.filter((p) => p.action === action).length] as const).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="dvc-checklist-title" className="dvc-card dvc-checklist">
      <p id="dvc-checklist-title" className="dvc-card__eyebrow">
        {t('checklist.region')}
      </p>
      <ul className="dvc-checklist__summary">
        {summary.map(([action, n]) => (
          <li key={action} className={`dvc-checklist__summary-${action}`}>
            {t(`checklist.summary.${action}`, { n })}
          </li>
        ))}
      </ul>
      {!open && <HeldSummary items={papers.filter((p) => p.action === 'skip')} />}
      {actions && <div className="dvc-checklist__actions">{actions}</div>}
      <button type="button" className="dvc-checklist__toggle" aria-expanded={open} aria-controls="dvc-checklist-list" onClick={() => setOpen(!open)}>
        {open ? t('checklist.hideAll') : t('checklist.showAll', { n: items.length })}
      </button>
      <div id="dvc-checklist-list" className="dvc-checklist__groups" hidden={!open}>
        {open &&
          groupsOf(items).map((group) => (
            <div key={group.title ?? ''} className="dvc-checklist__group">
              <h3 className="dvc-checklist__group-title">{group.title ?? t('checklist.untitledGroup')}</h3>
              {group.papers.length > 0 && (
                <ul className="dvc-checklist__list">
                  {keyed(group.papers).map(([key, item]) => (
                    <Paper key={key} item={item} />
                  ))}
                </ul>
              )}
              {group.notes.length > 0 && (
                <details className="dvc-checklist__notes">
                  <summary>{t('checklist.notes', { n: group.notes.length })}</summary>
                  <ul>
                    {keyed(group.notes).map(([key, note]) => (
                      <li key={key}>{note.name}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          ))}
        {open && unread.length > 0 && (
          <div className="dvc-checklist__group">
            <p>{t('checklist.partlyRead')}</p>
            <UnreadList unread={unread} />
          </div>
        )}
      </div>
    </section>
  );
}
