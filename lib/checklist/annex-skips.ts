import { type AnnexEntry, activeKnowledge, type Knowledge, papersAsked, papersNamed } from '@/lib/knowledge';
import { fold, hasFoldedPhrase } from '@/lib/text';
import { annexSkip, KEPT_UNDER_ANNEX } from './classify';
import type { ChecklistEntry } from './schema';

/** The start of a text, up to its first bracket or semicolon, folded: "Giấy tờ chứng minh … trụ sở (Giấy …)" → "giay to chung minh … tru so". */
const headOf = (text: string) => fold(text.split(/[(;:]/)[0] ?? '');

// A wording shorter than this ("Giấy phép", "Bản sao") names no particular dossier row.
const MIN_HEAD = 20;

interface Found {
  /** The item the row means. */
  at: number;
  /** The paper's name as the knowledge writes it. */
  written: string;
}

/** The first item that asks for `paper` by name as one of its parts, with no exclusion in the item that even the annex does not lift. */
function askingItem(items: readonly ChecklistEntry[], paper: string, knowledge: Knowledge): Found | null {
  for (const [at, item] of items.entries()) {
    if (item.kind !== 'paper') continue;
    const asked = papersAsked(item.name, knowledge).find((a) => a.paper.id === paper);
    if (asked && !asked.exclusions.some((e) => KEPT_UNDER_ANNEX.has(e))) return { at, written: asked.written };
  }
  return null;
}

// "… thì thông tin về giấy chứng nhận đăng ký kinh doanh được khai thác, sử dụng từ …": the phrasings knowledge gives for it,
// and the dossier's own "thì khai thác thông tin từ …", "được tra cứu, tích hợp thông tin …", "không yêu cầu nộp …".
const exploitedPhrases = (knowledge: Knowledge) =>
  [...knowledge.papers.flatMap((p) => p.requiresAny), 'khai thác thông tin', 'khai thác được', 'tra cứu, tích hợp', 'không yêu cầu nộp', 'không phải nộp'].map(fold);

/** An item that names the paper only to say the agency retrieves it itself ("Trường hợp … thì thông tin về … được khai thác"). */
function exploitingItem(items: readonly ChecklistEntry[], paper: string, knowledge: Knowledge): Found | null {
  const written = knowledge.papers.find((p) => p.id === paper)?.what.vi ?? paper;
  const exploited = exploitedPhrases(knowledge);
  for (const [at, item] of items.entries()) {
    const padded = ` ${fold(item.name)} `;
    if (item.kind === 'paper' && papersNamed(item.name, knowledge).includes(paper) && exploited.some((p) => hasFoldedPhrase(padded, p))) return { at, written };
  }
  return null;
}

/**
 * The item the annex row words the way the dossier does, when the row
 * describes the paper ("Giấy tờ chứng minh có địa điểm hợp pháp để đặt trụ
 * sở (Giấy chứng nhận quyền sử dụng đất)") rather than naming it.
 */
function wordedItem(items: readonly ChecklistEntry[], entry: AnnexEntry, paper: string, knowledge: Knowledge): Found | null {
  const row = headOf(entry.wording);
  if (row.length < MIN_HEAD || papersAsked(row, knowledge).length) return null;
  const named = papersAsked(entry.wording, knowledge).find((a) => a.paper.id === paper);
  const written = named?.written ?? knowledge.papers.find((p) => p.id === paper)?.what.vi ?? paper;
  for (const [at, item] of items.entries()) {
    if (item.kind !== 'paper') continue;
    const head = headOf(item.name);
    if (head.length >= MIN_HEAD && (head.startsWith(row) || row.startsWith(head))) return { at, written };
  }
  return null;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * Per procedure first: every paper a row of Phụ lục I/II names for this
 * procedure gets a `skip` entry citing that row. When the dossier row asking
 * for it also asks for papers the state does not hold ("Giấy chứng nhận đăng
 * ký doanh nghiệp và Hợp đồng đại lý …"), that row keeps its action and the
 * named paper is added right after it as its own `skip` entry, so the citizen
 * sees what to prepare and what nobody may ask for.
 */
export function addAnnexSkips(items: ChecklistEntry[], annex: readonly AnnexEntry[], knowledge: Knowledge = activeKnowledge()): void {
  for (const entry of annex) {
    for (const paper of entry.papers) {
      if (items.some((i) => i.action === 'skip' && i.heldPaper === paper)) continue;
      const found = askingItem(items, paper, knowledge) ?? exploitingItem(items, paper, knowledge) ?? wordedItem(items, entry, paper, knowledge);
      const parent = found ? items[found.at] : undefined;
      if (!found || !parent) continue;
      const heldBy = knowledge.papers.find((p) => p.id === paper)?.heldBy ?? knowledge.resolution.citation;
      items.splice(found.at + 1, 0, {
        name: capitalised(found.written),
        kind: 'paper',
        group: parent.group,
        original: null,
        copies: null,
        form: null,
        ...annexSkip(paper, entry, heldBy),
        conditional: parent.conditional,
        oneOf: null,
      });
    }
  }
}
