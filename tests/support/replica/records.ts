import { readFileSync } from 'node:fs';
import { sharedDataFile } from '../../../scripts/shared-data';

let byId: Map<string, string> | null = null;

/**
 * The portal API records of ../shared/data/portal-api.jsonl, by procedure UUID,
 * kept as raw JSON lines so serving one does not parse all 5,600.
 */
export function portalRecordJson(id: string): string | null {
  if (!byId) {
    byId = new Map();
    for (const line of readFileSync(sharedDataFile('portal-api.jsonl'), 'utf8').split('\n')) {
      const match = /"id":\s*"([0-9a-f-]{36})"/.exec(line.slice(0, 200));
      if (match?.[1]) byId.set(match[1], line);
    }
  }
  return byId.get(id.toLowerCase()) ?? null;
}
