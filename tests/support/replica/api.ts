import { z } from 'zod';
import { foldLabel } from '../../../lib/portal/text-match';
import { allRecordSummaries, portalRecordByCode, portalRecordJson, recordByIdPrefix } from './records';

/**
 * The replica's API, answering in the real portal's envelope
 * `{"code":"OK","data":…}`. Only /api/thu-tuc-hanh-chinh/<UUID> is known from
 * the real portal; the other paths are the replica's own (guess: the real ones
 * are not documented), kept in the same shape.
 */

/** The part of a portal record the replica's services and filing need. */
const FilingRecord = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  executionCases: z.array(
    z.object({
      name: z.string(),
      profileComponents: z.array(z.object({ originalQty: z.number(), copyQty: z.number() }).loose()),
    }).loose(),
  ),
}).loose();
type FilingRecord = z.infer<typeof FilingRecord>;

export interface ApiAnswer {
  status: number;
  body: string;
}

const ok = (data: unknown): ApiAnswer => ({ status: 200, body: JSON.stringify({ code: 'OK', data }) });
const notFound: ApiAnswer = { status: 404, body: '{"code":"NOT_FOUND","data":null}' };

/**
 * A stable, obviously synthetic `formalityCaseId` for case `index` of a
 * procedure: the procedure UUID's first 24 characters, "ca5e", the index.
 * The real portal has its own case UUIDs, which the data does not include.
 */
export function caseIdOf(procedureId: string, index: number): string {
  return `${procedureId.slice(0, 24)}ca5e${index.toString(16).padStart(8, '0')}`;
}

function resolveCaseId(caseId: string): { record: FilingRecord; caseIndex: number } | null {
  const id = caseId.toLowerCase();
  if (!/^[0-9a-f-]{24}ca5e[0-9a-f]{8}$/.test(id)) return null;
  const summary = recordByIdPrefix(id.slice(0, 24));
  if (!summary) return null;
  const record = FilingRecord.parse(JSON.parse(summary.line));
  const caseIndex = Number.parseInt(id.slice(28), 16);
  return caseIndex < record.executionCases.length ? { record, caseIndex } : null;
}

function search(keyword: string) {
  const words = foldLabel(keyword).split(' ').filter(Boolean);
  if (words.length === 0) return { total: 0, items: [] };
  const phrase = words.join(' ');
  const hits: { id: string; code: string; name: string; folded: string }[] = [];
  for (const r of allRecordSummaries()) {
    const folded = foldLabel(r.name);
    if (r.code === keyword.trim() || words.every((w) => folded.includes(w))) hits.push({ id: r.id, code: r.code, name: r.name, folded });
  }
  const rank = (h: (typeof hits)[number]) => (h.folded.includes(phrase) ? 0 : 1);
  hits.sort((a, b) => rank(a) - rank(b) || a.name.length - b.name.length);
  return { total: hits.length, items: hits.slice(0, 50).map(({ id, code, name }) => ({ id, code, name })) };
}

/** One online service per execution case that lists papers (cases holding only notes are not services). */
function services(procedureId: string) {
  const line = portalRecordJson(procedureId);
  if (!line) return null;
  const record = FilingRecord.parse(JSON.parse(line));
  const withPapers = record.executionCases
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.profileComponents.some((p) => p.originalQty + p.copyQty > 0));
  const chosen = withPapers.length > 0 ? withPapers : [{ c: record.executionCases[0], index: 0 }];
  return chosen.map(({ c, index }) => ({
    formalityCaseId: caseIdOf(record.id, index),
    name: record.name,
    caseName: (c?.name ?? '').trim(),
  }));
}

/**
 * Provincial and ministry portals (optional hosts): an old JSP-style provincial site, a modern provincial SPA and a
 * ministry site. Their procedure API is the replica's own (`/api/thu-tuc?ma=<code>`, the real ones are unknown).
 */
export const OTHER_REPLICA_HOSTS = ['dichvucong.quangninh.gov.vn', 'dichvucong.danang.gov.vn', 'dichvucongbyt.moh.gov.vn'] as const;

export function replicaApi(host: string, url: URL): ApiAnswer | null {
  if (!url.pathname.startsWith('/api/')) return null;
  const q = url.searchParams;
  if (host === 'dichvucong.gov.vn') {
    const detail = /^\/api\/thu-tuc-hanh-chinh\/([0-9a-f-]{36})$/i.exec(url.pathname);
    if (detail?.[1]) {
      const record = portalRecordJson(detail[1]);
      return record ? { status: 200, body: `{"code":"OK","data":${record}}` } : notFound;
    }
    if (url.pathname === '/api/tim-kiem') return ok(search(q.get('keyword') ?? ''));
    if (url.pathname === '/api/dich-vu-cong') {
      const list = services(q.get('formalityId') ?? '');
      return list ? ok(list) : notFound;
    }
    const filing = /^\/api\/nop-ho-so\/([0-9a-f-]{36})$/i.exec(url.pathname);
    if (filing?.[1]) {
      // A case id, or (the `formalityId` form of the URL) a procedure id: its first online service.
      const first = services(filing[1])?.[0];
      const found = resolveCaseId(first?.formalityCaseId ?? filing[1]);
      return found ? ok({ formality: found.record, caseIndex: found.caseIndex }) : notFound;
    }
  }
  if (host === 'lienthong.dichvucong.gov.vn' && url.pathname.startsWith('/api/ke-khai/')) {
    const summary = portalRecordByCode(decodeURIComponent(url.pathname.slice('/api/ke-khai/'.length)));
    return summary ? { status: 200, body: `{"code":"OK","data":${summary.line}}` } : notFound;
  }
  const other = (OTHER_REPLICA_HOSTS as readonly string[]).includes(host);
  if ((host === 'dichvucongnganhtuphap.moj.gov.vn' || other) && url.pathname === '/api/thu-tuc') {
    const summary = portalRecordByCode(q.get(other ? 'ma' : 'maTTHC') ?? '');
    return summary ? { status: 200, body: `{"code":"OK","data":${summary.line}}` } : notFound;
  }
  return notFound;
}
