import { type HeldPaperMatch, matchHeldPaper } from '@/lib/knowledge';
import { fold, stripDiacritics } from '@/lib/text';
import type { ItemAction } from './schema';

export interface ClassifyInput {
  name: string;
  kind: 'paper' | 'note';
  group: string | null;
  procedureName?: string | null;
}

export interface Classification {
  action: ItemAction;
  heldBy: string | null;
  reason: string;
  legalBasis: string | null;
}

// Declarations completed in the portal's electronic form (or on the paper form at the counter).
const DECLARATION =
  /^(?:(?:ban chinh|ban goc|ban dien tu|bieu mau dien tu|0?1|mot|hoac)\s+)*(?:to khai|mau (?:ho tich )?dien tu tuong tac|mau dien tu|bieu mau dien tu|phieu (?:de nghi|khai|dang ky|bao thay doi|yeu cau)|ban khai nhan khau|don (?:de nghi|xin|dang ky|yeu cau)|giay de nghi|de nghi (?:cap|doi|sat hach|cap doi|cap lai))\b/;

const PRESENT_GROUP = /\bxuat trinh\b/;
const SUBMIT_GROUP = /\b(phai nop|nop va|nop hoac|nop hoac xuat trinh|nop xuat trinh)\b/;

/** Whether a case title lists papers to show rather than to submit ("Giấy tờ phải xuất trình"). */
export function isPresentGroup(group: string | null): boolean {
  if (!group) return false;
  const g = fold(group);
  return PRESENT_GROUP.test(g) && !SUBMIT_GROUP.test(g);
}

function mustPresent(name: string, group: string | null): boolean {
  const text = fold(name);
  if (/^xuat trinh\b/.test(text) || /\((?:de )?xuat trinh\)/.test(stripDiacritics(name).toLowerCase()) || /\b(?:mang theo|dem theo)\b/.test(text)) return true;
  return isPresentGroup(group);
}

const REASON = {
  note: 'Ghi chú hoặc hướng dẫn, không phải giấy tờ cần nộp.',
  fill: 'Tờ khai: điền trên biểu mẫu điện tử khi nộp trực tuyến; nộp trực tiếp thì điền mẫu giấy.',
  present: 'Mang bản chính để xuất trình khi nộp trực tiếp hoặc khi nhận kết quả.',
  upload: 'Chụp hoặc quét rồi tải lên khi nộp trực tuyến.',
} as const;

/** Why a paper the state holds must still be given, or advice when it usually is not needed. */
function heldPaperHint(match: HeldPaperMatch): string | null {
  const { paper, heldBy } = match;
  if (match.exclusion?.id === 'khong-khai-thac-duoc') {
    return `Thường không cần: cơ quan tự khai thác ${paper.what} trong ${heldBy}; chỉ chuẩn bị khi cơ quan báo không khai thác được.`;
  }
  if (match.partial) {
    return paper.certainty === 'held' ? `Mục này nêu cả ${paper.what} (đã có trong ${heldBy}) lẫn giấy tờ khác: chuẩn bị phần còn lại.` : null;
  }
  if (match.exclusion) return `Vẫn cần nộp: ${match.exclusion.why}.`;
  if (match.subjectOfProcedure) return `Vẫn cần: thủ tục này liên quan trực tiếp đến ${paper.what}.`;
  return paper.certainty === 'often-held' ? paper.advice : null;
}

function skipReason(match: HeldPaperMatch): string {
  const { paper, heldBy } = match;
  if (paper.requiresAny.length) return `Không cần nộp: thủ tục ghi rõ cơ quan tự khai thác thông tin này từ ${heldBy}. ${paper.advice}`;
  return `Không cần nộp: ${paper.what} đã có trong ${heldBy}. ${paper.advice}`;
}

/**
 * Decides what the user does with an item. `skip` only when a held-paper entry
 * matches the whole item with no exclusion; when unsure the item stays
 * `upload` (or `present`) with advice in the reason.
 */
export function classifyItem(input: ClassifyInput): Classification {
  if (input.kind === 'note') return { action: 'upload', heldBy: null, reason: REASON.note, legalBasis: null };
  const text = fold(input.name);
  if (DECLARATION.test(text)) return { action: 'fill', heldBy: null, reason: REASON.fill, legalBasis: null };
  const match = matchHeldPaper({ name: input.name, group: input.group, procedureName: input.procedureName });
  const skippable = match && match.paper.certainty === 'held' && !match.exclusion && !match.partial && !match.subjectOfProcedure;
  if (match && skippable) return { action: 'skip', heldBy: match.heldBy, reason: skipReason(match), legalBasis: match.legalBasis };
  const action: ItemAction = mustPresent(input.name, input.group) ? 'present' : 'upload';
  const hint = match ? heldPaperHint(match) : null;
  const reason = hint ? `${REASON[action]} ${hint}` : REASON[action];
  return { action, heldBy: null, reason, legalBasis: null };
}
