import { fold } from '@/lib/text';
import type { Counts } from './counts';

// Openings of explanations and instructions rather than papers ("Trường hợp …",
// "Lưu ý", "Người tiếp nhận …", "Cơ quan …", "Số lượng hồ sơ …").
const NOTE_OPENING =
  /^(\(?\s*trong truong hop|\(?\s*truong hop|doi voi|luu y|ghi chu|chu y|nguoi|co quan|can bo|ca nhan|cong dan|to chuc|trong|khi|neu|sau khi|truoc khi|viec|tu ngay|ke tu|so luong|thanh phan ho so|ho so (gom|bao gom|thu|de nghi|nop|duoc|phai|co the|la)|cac giay to (tren|nay|neu|phai)|khong|chua|chi|moi|rieng|theo quy dinh|tai buoc|vi du|tham khao|thoi han|thoi gian|phi|le phi|hinh thuc|tong|quy trinh|buoc \d|\d+ bo( ho so)?\b)/;

// Wording that tells the reader something is NOT needed or how staff must act.
const NOT_NEEDED = /\b(khong phai (nop|xuat trinh|tai len|co|chung thuc|cung cap)|khong can|khong yeu cau|khong bao gom|khong bat buoc|duoc mien|khong duoc yeu cau|co trach nhiem)\b/;

// Openings that name a paper.
const PAPER_OPENING =
  /^((0?\d{1,2}|mot|hai|ba)( 0?\d{1,2})? )?(cac (giay to|tai lieu|van ban|chung tu)|ban (sao|chinh|chup|goc|dich|khai|ke|cam ket|tu khai|thuyet minh|ve|do|tong hop)|giay|van ban|van bang|to khai|to trinh|don|phieu|quyet dinh|hop dong|bao cao|danh sach|bang|hoa don|chung tu|chung chi|chung nhan|so\b|the\b|ho chieu|de an|phuong an|du an|tai lieu|ho so (thiet ke|ky thuat|du thau|nang luc|phap ly)|bien ban|bien lai|cong van|thu\b|anh\b|mau\b|trich luc|trich sao|so do|ban do|giay to|xac nhan|chung minh|can cuoc|cam ket|ke hoach|quy che|dieu le|lich|ly lich|so yeu|ket qua|thong bao|y kien|nghi quyet|bien ban|thong tin)/;

/**
 * Whether a row is an explanation rather than a paper. Rows the portal counts
 * as "0 bản chính" are notes unless they plainly name a paper; counted rows are
 * papers unless they only say that something is not needed or are a caution.
 */
export function isNoteRow(name: string, counts: Counts, group: string | null = null): boolean {
  const text = fold(name);
  if (!text) return true;
  if (/^(luu y|ghi chu|chu y|so luong ho so)\b/.test(text)) return true;
  const conditionalExemption = /^(\(?\s*)?(trong truong hop|truong hop|neu|doi voi truong hop)\b/.test(text) && NOT_NEEDED.test(text) && !/\bthi (phai|nop|bo sung|kem theo|xuat trinh)\b/.test(text);
  if (conditionalExemption) return true;
  const uncounted = counts.original === 0 && counts.copies === 0;
  if (!uncounted) return false;
  // Under a "Lưu ý" case every uncounted row is a caution, even "Bản chụp … phải bảo đảm rõ nét".
  if (group && /^(luu y|ghi chu|chu y)\b/.test(fold(group))) return true;
  if (/:$/.test(name.trim())) return true;
  if (NOTE_OPENING.test(text)) return true;
  if (NOT_NEEDED.test(text)) return true;
  return !PAPER_OPENING.test(text);
}
