import type { MessageKey } from '@/lib/i18n';
import { columnLabelKey } from '@/lib/session/csv';
import { type MonthReport, placeTotals, type ReportLine } from '@/lib/session/monthly-report';
import { OUTCOME_COLUMNS, type ReportColumn } from '@/lib/session/tally';
import { useT } from '../I18nContext';
import './report.css';

/** The per-procedure table's counts: times helped, then what became of the dossiers. */
const PROCEDURE_COLUMNS: readonly ReportColumn[] = ['proceduresHelped', ...OUTCOME_COLUMNS];
/** What a place counts whatever the procedure. */
const PLACE_COLUMNS = ['sessions', 'slipsPrinted', 'vneidReminders'] as const satisfies readonly ReportColumn[];

export interface MonthlyReportViewProps {
  report: MonthReport;
  /** Procedure names from the catalog, by code (looked up by the page; a code it lacks shows alone). */
  names: ReadonlyMap<string, string>;
  /** A line under the title (e.g. how many files were merged). */
  note?: string;
}

/** "2026-12" as Vietnamese offices write it: "12/2026". */
const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

function Numbers({ counts, columns }: { counts: ReportLine['counts']; columns: readonly ReportColumn[] }) {
  return columns.map((c) => (
    <td key={c} className="dvc-num">
      {counts[c]}
    </td>
  ));
}

/**
 * The monthly report as printed for the centre: one line per procedure (and
 * place, for community sessions), its total, and the sessions by place. Data
 * by props; the same view shows one machine's month and a merged one.
 */
export function MonthlyReportView({ report, names, note }: MonthlyReportViewProps) {
  const t = useT();
  const withPlaces = report.lines.some((l) => l.place !== '');
  const placeName = (place: string) => place || t('tally.atCounter');
  const procedureLines = report.lines.filter((l) => l.code !== '' || OUTCOME_COLUMNS.some((c) => l.counts[c] > 0));
  const places = placeTotals(report);
  const head = (key: MessageKey) => (
    <th key={key} scope="col">
      {t(key)}
    </th>
  );
  return (
    <article className="dvc-report">
      <h2>{t('tally.reportTitle', { month: monthLabel(report.month) })}</h2>
      {note && <p>{note}</p>}
      <h3>{t('tally.byProcedure')}</h3>
      {procedureLines.length === 0 ? (
        <p>{t('tally.empty')}</p>
      ) : (
        // Scrolls sideways in the narrow side panel; a keyboard user reaches it to scroll.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
        <section className="dvc-report-scroll" tabIndex={0} aria-label={t('tally.tableRegion')}>
          <table>
            <thead>
              <tr>
                {withPlaces && head('tally.place')}
                {head('tally.procedureCode')}
                {head('tally.procedureName')}
                {PROCEDURE_COLUMNS.map((c) => head(columnLabelKey(c)))}
              </tr>
            </thead>
            <tbody>
              {procedureLines.map((line) => (
                <tr key={JSON.stringify([line.place, line.code])}>
                  {withPlaces && <td>{placeName(line.place)}</td>}
                  <th scope="row">{line.code || t('tally.noProcedure')}</th>
                  <td>{names.get(line.code) ?? ''}</td>
                  <Numbers counts={line.counts} columns={PROCEDURE_COLUMNS} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={withPlaces ? 3 : 2}>
                  {t('tally.total')}
                </th>
                <Numbers counts={report.total} columns={PROCEDURE_COLUMNS} />
              </tr>
            </tfoot>
          </table>
        </section>
      )}
      <h3>{t('tally.byPlace')}</h3>
      <table>
        <thead>
          <tr>
            {head('tally.place')}
            {PLACE_COLUMNS.map((c) => head(columnLabelKey(c)))}
          </tr>
        </thead>
        <tbody>
          {places.map(({ place, counts }) => (
            <tr key={place}>
              <th scope="row">{placeName(place)}</th>
              <Numbers counts={counts} columns={PLACE_COLUMNS} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('tally.total')}</th>
            <Numbers counts={report.total} columns={PLACE_COLUMNS} />
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
