import { useT } from './I18nContext';

/** On another portal, in place of the guide's launcher: what the assistant does there, and where to turn when it read nothing. */
export function OtherPortalNote({ read }: { read: boolean }) {
  const t = useT();
  return <p className="dvc-other-portal">{t(read ? 'otherPortal.note' : 'otherPortal.unread')}</p>;
}
