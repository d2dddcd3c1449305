import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = {
  appName: 'Public Service Assistant',
  'card.recognised': 'Procedure on this page',
  'card.code': 'Procedure code: {code}',
  'card.unknownProcedure': 'Could not read the procedure name on this page.',
  'card.close': 'Close',
  'sidepanel.title': 'Public Service Assistant',
  'sidepanel.intro': 'Find a procedure, see which papers to prepare and get guided through online filing.',
  'options.title': 'Settings',
  'options.language': 'Language',
  'options.textSize': 'Text size',
  'options.textSize.normal': 'Normal',
  'options.textSize.large': 'Large',
  'options.readAloud': 'Read guidance aloud',
  'options.catalogUrl': 'Procedure catalog update URL (optional)',
  'options.save': 'Save settings',
  'options.saved': 'Settings saved.',
  'options.saveError': 'Could not save settings: {error}',
  'options.invalidUrl': 'The address must start with https://',
  'slip.title': 'Papers to supplement',
  'error.generic': 'Something went wrong: {error}',
};
