import { createContext, useCallback, useContext } from 'react';

/**
 * The session id the side panel's per-citizen writes carry: the one of the
 * view it shows (SessionScope), so a click on the previous citizen's screen
 * is refused by the background rather than written for the next citizen.
 * Null until the background answered.
 */
export const SessionIdContext = createContext<string | null>(null);

/** The shown session's id; throws (the write is not sent) while none is known yet. */
export function useSessionId(): () => string {
  const sessionId = useContext(SessionIdContext);
  return useCallback(() => {
    if (sessionId === null) throw new Error('no-session-id');
    return sessionId;
  }, [sessionId]);
}
