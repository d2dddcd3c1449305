import { readFileSync } from 'node:fs';
import { sharedDataFile } from '../../../scripts/shared-data';

/** What the replica needs to find a record without parsing all 5,600 of them. */
export interface RecordSummary {
  id: string;
  code: string;
  name: string;
  line: string;
}

let index: { byId: Map<string, RecordSummary>; byCode: Map<string, RecordSummary> } | null = null;

/** Reads a JSON string literal for `key` near the start of a JSON line (the record's leading keys). */
function leadingString(line: string, key: string): string | null {
  const match = new RegExp(`"${key}":\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(line.slice(0, 4000));
  return match?.[1] ? (JSON.parse(match[1]) as string) : null;
}

/**
 * The portal API records of ../shared/data/portal-api.jsonl, indexed by
 * procedure UUID and code, kept as raw JSON lines so serving one does not
 * parse all 5,600.
 */
function records() {
  if (!index) {
    index = { byId: new Map(), byCode: new Map() };
    for (const line of readFileSync(sharedDataFile('portal-api.jsonl'), 'utf8').split('\n')) {
      const id = leadingString(line, 'id');
      const code = leadingString(line, 'code');
      const name = leadingString(line, 'name');
      if (!id || !code || !name) continue;
      const summary = { id: id.toLowerCase(), code, name, line };
      index.byId.set(summary.id, summary);
      index.byCode.set(code, summary);
    }
  }
  return index;
}

export function portalRecordJson(id: string): string | null {
  return records().byId.get(id.toLowerCase())?.line ?? null;
}

export function portalRecordByCode(code: string): RecordSummary | null {
  return records().byCode.get(code.trim()) ?? null;
}

export function allRecordSummaries(): Iterable<RecordSummary> {
  return records().byId.values();
}

export function recordByIdPrefix(prefix: string): RecordSummary | null {
  for (const [id, summary] of records().byId) if (id.startsWith(prefix)) return summary;
  return null;
}
