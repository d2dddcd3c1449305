import type { ChecklistItem } from '../checklist/schema';
import type { FileKind } from './file-type';

/** The upload row (paper) a file was picked for. */
export interface PrecheckRow {
  /** Stable within the page or run: the row's position, or the checklist item's index. */
  key: string;
  /** What the row is called, for messages ("… attached under …"). */
  label: string;
  /** The checklist item the row is for, when known (the file reader never needs it). */
  item?: ChecklistItem | null;
  /** Kinds the row's file input accepts; the site's list when absent. */
  accepts?: readonly FileKind[];
}
