import { readJsonl } from '../../scripts/shared-data';

export interface ProcedureText {
  code: string;
  name: string;
  dossier: string;
}

/** Procedures of ../shared/data/procedures.jsonl by code (read once per test file). */
let texts: Promise<Map<string, ProcedureText>> | null = null;
export function procedureTexts(): Promise<Map<string, ProcedureText>> {
  texts ??= (async () => {
    const byCode = new Map<string, ProcedureText>();
    for await (const p of readJsonl<ProcedureText>('procedures.jsonl')) byCode.set(p.code, p);
    return byCode;
  })();
  return texts;
}

export async function procedureText(code: string): Promise<ProcedureText> {
  const found = (await procedureTexts()).get(code);
  if (!found) throw new Error(`procedures.jsonl has no ${code}`);
  return found;
}

/** Portal API records of ../shared/data/portal-api.jsonl whose code is asked for (first record per code). */
export async function portalRecords(codes: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const wanted = new Set(codes);
  const out = new Map<string, Record<string, unknown>>();
  for await (const r of readJsonl<Record<string, unknown>>('portal-api.jsonl')) {
    const code = String(r.code);
    if (wanted.has(code) && !out.has(code)) out.set(code, r);
  }
  for (const code of wanted) if (!out.has(code)) throw new Error(`portal-api.jsonl has no ${code}`);
  return out;
}
