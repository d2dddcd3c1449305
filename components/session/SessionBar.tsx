import { useId } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { SessionEnd, SessionEndReason, SessionView } from '@/lib/session/model';
import type { ReturnedDossier } from '@/lib/session/returned';
import { PORTAL_SIGN_OUT_URL } from '@/lib/session/sign-out';
import { NOT_READY_REASONS, type NotReadyReason, PLACE_MAX } from '@/lib/session/tally';
import { useT } from '../I18nContext';
import { clock } from './clock';
import { ConfirmButton } from './ConfirmButton';
import { ReturnedDossiers } from './ReturnedDossiers';

export interface SessionBarProps {
  view: SessionView;
  /** Current time, ticking, for the elapsed time. */
  now: number;
  busy: boolean;
  status: string;
  /** Whether the next session is a community session ("buổi hỗ trợ cộng đồng"), and where. */
  community: CommunityChoice;
  onCommunityChange: (choice: CommunityChoice) => void;
  onStart: () => void;
  onEnd: () => void;
  onPriorityChange: (priority: boolean) => void;
  onNotReady: (reason: NotReadyReason) => void;
  onRecordReturned: (code: string, papers: string[]) => Promise<ReturnedDossier>;
  onOpenReturnedNote: (id: string) => void;
  onDismissReminder: () => void;
  onClearPersonal: () => void;
}

/** An on/off choice, announced as a switch. */
function Switch({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="dvc-session-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {label}
    </label>
  );
}

export interface CommunityChoice {
  on: boolean;
  place: string;
}

/** Starting the next session at a community session: the switch, and the place (plain text, never a person). */
function CommunityFields({ choice, onChange }: { choice: CommunityChoice; onChange: (choice: CommunityChoice) => void }) {
  const t = useT();
  const placeId = useId();
  const hintId = useId();
  return (
    <>
      <Switch label={t('session.community')} checked={choice.on} onChange={(on) => onChange({ ...choice, on })} />
      {choice.on && (
        <>
          <label htmlFor={placeId}>{t('session.place')}</label>
          <input
            id={placeId}
            type="text"
            maxLength={PLACE_MAX}
            value={choice.place}
            aria-describedby={hintId}
            onChange={(e) => onChange({ ...choice, place: e.target.value })}
          />
          <p id={hintId} className="dvc-hint">
            {t('session.placeHint')}
          </p>
        </>
      )}
    </>
  );
}

const ENDED: Record<SessionEndReason, MessageKey> = {
  ended: 'session.ended.ended',
  timeout: 'session.ended.timeout',
  restart: 'session.ended.restart',
  'not-started': 'session.ended.not-started',
};
const NOT_READY: Record<NotReadyReason, MessageKey> = {
  'no-vneid-level2': 'session.notReady.no-vneid-level2',
  'missing-papers': 'session.notReady.missing-papers',
};

/** After a session: what was wiped, and the sign-out steps the helper must not skip. */
function SignOutReminder({ end, onDismiss }: { end: SessionEnd; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="dvc-session-reminder">
      <div role="alert">
        <p>
          <strong>{t(ENDED[end.reason])}</strong>
        </p>
        {end.wipeErrors.length > 0 && <p>{t('session.wipeIncomplete', { details: end.wipeErrors.join('; ') })}</p>}
        <p>{t('session.reminder.title')}</p>
        <ol>
          <li>{t('session.reminder.portal')}</li>
          <li>{t('session.reminder.vneid')}</li>
          <li>{t('session.reminder.check')}</li>
          <li>{t('session.reminder.files')}</li>
        </ol>
      </div>
      <p>
        <a href={PORTAL_SIGN_OUT_URL} target="_blank" rel="noreferrer">
          {t('session.reminder.signOutLink')}
        </a>
      </p>
      <button type="button" className="dvc-secondary" onClick={onDismiss}>
        {t('session.reminder.done')}
      </button>
    </div>
  );
}

/** "Xóa dữ liệu của tôi", asked twice: in the session bar, and tucked away for a citizen at home. */
export function ClearPersonalButton({ onConfirm }: { onConfirm: () => void }) {
  const t = useT();
  return (
    <ConfirmButton
      label={t('session.clearPersonal')}
      question={t('session.clearPersonalConfirm')}
      confirmLabel={t('session.clearPersonalYes')}
      cancelLabel={t('session.cancel')}
      onConfirm={onConfirm}
    />
  );
}

/** The side panel's session strip: start/end an assisted session, or personal mode. Data by props. */
export function SessionBar(props: SessionBarProps) {
  const t = useT();
  const { view, now, busy, status } = props;
  const session = view.session;
  return (
    <section aria-label={t('session.region')} className="dvc-session" data-mode={view.mode}>
      {view.lastEnd && <SignOutReminder end={view.lastEnd} onDismiss={props.onDismissReminder} />}
      {session ? (
        <>
          {session.priority && <p className="dvc-session-priority">{t('session.priorityBadge')}</p>}
          {session.place && <p>{t('session.atPlace', { place: session.place })}</p>}
          <p>
            <strong>{t('session.assistedMode')}</strong>
            <br />
            {t('session.elapsed', {
              time: clock(session.startedAt),
              minutes: Math.max(0, Math.floor((now - session.startedAt) / 60_000)),
            })}
          </p>
          <Switch label={t('session.priority')} checked={session.priority} disabled={busy} onChange={props.onPriorityChange} />
          <h2>{t('session.procedures')}</h2>
          {session.procedures.length > 0 ? (
            <ul>
              {session.procedures.map((p) => (
                <li key={p.code}>
                  {p.name} ({p.code})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('session.noProcedures')}</p>
          )}
          <fieldset>
            <legend>{t('session.notReady')}</legend>
            {NOT_READY_REASONS.map((reason) => {
              const marked = session.notReady.includes(reason);
              return (
                <button
                  key={reason}
                  type="button"
                  className="dvc-secondary"
                  aria-pressed={marked}
                  disabled={busy || marked}
                  onClick={() => props.onNotReady(reason)}
                >
                  {marked ? '✓ ' : ''}
                  {t(NOT_READY[reason])}
                </button>
              );
            })}
          </fieldset>
          <ReturnedDossiers
            procedures={session.procedures}
            records={session.returned}
            busy={busy}
            onRecord={props.onRecordReturned}
            onOpenNote={props.onOpenReturnedNote}
          />
          <p>
            <button type="button" disabled={busy} onClick={props.onEnd}>
              {t('session.end')}
            </button>
          </p>
          <p className="dvc-hint">
            {t('session.endHint')} {t('session.timeoutHint', { minutes: view.timeoutMinutes })}
          </p>
        </>
      ) : (
        <>
          <p>{t('session.personalMode')}</p>
          <CommunityFields choice={props.community} onChange={props.onCommunityChange} />
          <p>
            <button type="button" disabled={busy} onClick={props.onStart}>
              {t('session.start')}
            </button>
          </p>
          <p className="dvc-hint">{t('session.startHint')}</p>
          <ClearPersonalButton onConfirm={props.onClearPersonal} />
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
