import type { ProcedureRef } from '@/lib/checklist/schema';
import { useT } from './I18nContext';

/**
 * On another portal, in place of the guide's launcher: what the assistant
 * does there; when it read nothing, where the list shown comes from (the
 * catalog's, for the procedure the page names) or where to turn.
 */
export function OtherPortalNote({ read, fallback = null }: { read: boolean; fallback?: ProcedureRef | null }) {
  const t = useT();
  const text = read ? t('otherPortal.note') : fallback ? t('otherPortal.fallback', { name: fallback.name, code: fallback.code }) : t('otherPortal.unread');
  return <p className="dvc-other-portal">{text}</p>;
}
