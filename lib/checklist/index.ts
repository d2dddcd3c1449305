export type { ChecklistResult, RawRow } from './build';
export { type Classification, classifyItem } from './classify';
export { checklistFromDocument } from './from-document';
export { checklistFromPortalRecord, PortalRecord } from './from-portal-record';
export { checklistFromText } from './from-text';
export * from './schema';
