import type { MessageKey } from '@/lib/i18n';
import type { SlipData, SlipPaper } from '@/lib/precheck/slip';
import { useT } from './I18nContext';

type Wording = Record<'title' | 'intro' | 'neededTitle' | 'missing' | 'heldTitle' | 'heldIntro', MessageKey>;

/** The pre-check's supplement list, or the note of a dossier the agency sent back: same page, their own words. */
const WORDING: Record<NonNullable<SlipData['kind']> | 'supplement', Wording> = {
  supplement: {
    title: 'slip.title',
    intro: 'slip.intro',
    neededTitle: 'slip.neededTitle',
    missing: 'slip.missing',
    heldTitle: 'slip.heldTitle',
    heldIntro: 'slip.heldIntro',
  },
  returned: {
    title: 'returned.note.title',
    intro: 'returned.note.intro',
    neededTitle: 'returned.note.neededTitle',
    missing: 'returned.note.asked',
    heldTitle: 'returned.note.heldTitle',
    heldIntro: 'returned.note.heldIntro',
  },
};

const displayDate = (day: string) => day.split('-').reverse().join('/');

function Requirement({ paper }: { paper: SlipPaper }) {
  const t = useT();
  const parts = [
    paper.original ? t('slip.original', { count: paper.original }) : null,
    paper.copies ? t('slip.copies', { count: paper.copies }) : null,
    paper.form ? t('slip.form', { form: paper.form }) : null,
  ].filter(Boolean);
  return parts.length ? <p className="slip-need">{t('slip.need', { what: parts.join(', ') })}</p> : null;
}

/** The printable supplement list; all data by props. */
export function SlipView({ slip, onPrint }: { slip: SlipData; onPrint: () => void }) {
  const t = useT();
  const words = WORDING[slip.kind ?? 'supplement'];
  return (
    <main className="slip">
      <header>
        <h1>{t(words.title)}</h1>
        {slip.procedure && (
          <p>
            <strong>{t('slip.procedure', { name: slip.procedure.name })}</strong>
            {slip.procedure.code && <> — {t('slip.code', { code: slip.procedure.code })}</>}
          </p>
        )}
        <p>{t('slip.date', { date: displayDate(slip.date) })}</p>
        <button type="button" className="no-print" onClick={onPrint}>
          {t('slip.print')}
        </button>
      </header>

      <section aria-labelledby="slip-needed">
        <h2 id="slip-needed">{t(words.neededTitle)}</h2>
        {slip.needed.length === 0 ? (
          <p>{t('slip.noneNeeded')}</p>
        ) : (
          <>
            <p>{t(words.intro)}</p>
            <ol className="slip-list" data-testid="slip-needed">
              {slip.needed.map((paper) => (
                <li key={`${paper.reason}:${paper.name}:${paper.file ?? ''}`}>
                  <span className="slip-name">{paper.name}</span>
                  {paper.reason === 'missing' ? (
                    <span className="slip-status"> — {t(words.missing)}</span>
                  ) : (
                    <div className="slip-problem">
                      {t('slip.unusable', { file: paper.file ?? '' })}
                      <ul>
                        {paper.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <Requirement paper={paper} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {slip.heldByState.length > 0 && (
        <section aria-labelledby="slip-held">
          <h2 id="slip-held">{t(words.heldTitle)}</h2>
          <p>{t(words.heldIntro)}</p>
          <ul className="slip-list" data-testid="slip-held">
            {slip.heldByState.map((paper) => (
              <li key={paper.name}>
                <span className="slip-name">{paper.name}</span>
                {paper.heldBy && <> — {t('slip.heldAt', { heldBy: paper.heldBy })}</>}
                {paper.legalBasis && <>; {t('slip.basis', { legalBasis: paper.legalBasis })}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="slip-signatures">
        <div>
          <p>{t('slip.applicant')}</p>
          <div className="slip-sign-line" />
        </div>
        <div>
          <p>{t('slip.staff')}</p>
          <div className="slip-sign-line" />
        </div>
      </footer>
    </main>
  );
}
