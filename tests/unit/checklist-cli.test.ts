import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllJsonl } from '../../scripts/shared-data';
import { detailPageHtml } from '../support/detail-page-html';
import { type CliRun, runScript } from '../support/run-cli';
import { portalRecords, procedureText } from '../support/shared-procedures';

const CONTRACT_KEYS = ['name', 'kind', 'group', 'original', 'copies', 'form', 'action', 'heldBy', 'reason', 'legalBasis'];
// Added on purpose (design.md allows additions): the reason as codes, and the held paper a skip rests on.
const ADDED_KEYS = ['reasonCodes', 'heldPaper'];

const runCli = (...args: string[]) => runScript('checklist', args);

let dir = '';
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

let khaiSinh: Record<string, unknown>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'checklist-cli-'));
  khaiSinh = (await portalRecords(['1.001193'])).get('1.001193') as Record<string, unknown>;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectContract(run: CliRun): { procedure: unknown; items: Record<string, unknown>[] } {
  expect(run.code, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout);
  expect(Object.keys(out)).toEqual(['procedure', 'items']);
  expect(run.stdout).toContain('\n  "items": [');
  for (const item of out.items) expect(Object.keys(item)).toEqual([...CONTRACT_KEYS, ...ADDED_KEYS]);
  return out;
}

describe('npm run -s checklist -- FILE', () => {
  it('prints the contract JSON for a portal record (.json, one line of portal-api.jsonl)', async () => {
    const out = expectContract(await runCli(file('khai-sinh.json', JSON.stringify(khaiSinh))));
    expect(out.procedure).toEqual({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
    const identity = out.items.find((i) => String(i.name).startsWith('Hộ chiếu/Thẻ căn cước công dân'));
    expect(identity).toMatchObject({ kind: 'paper', action: 'skip', heldBy: 'VNeID', group: 'Giấy tờ phải xuất trình' });
    expect(out.items.filter((i) => i.kind === 'note').length).toBeGreaterThan(10);
  }, 60_000);

  it('prints the same checklist for the API envelope and for the saved detail page (.html)', async () => {
    const fromRecord = await runCli(file('record.json', JSON.stringify(khaiSinh)));
    const fromEnvelope = await runCli(file('envelope.json', JSON.stringify({ code: 'OK', data: khaiSinh })));
    const fromPage = await runCli(file('chi-tiet.html', detailPageHtml(khaiSinh as never)));
    expectContract(fromPage);
    expect(fromEnvelope.stdout).toBe(fromRecord.stdout);
    expect(fromPage.stdout).toBe(fromRecord.stdout);
  }, 90_000);

  it('reads the dossier text of procedures.jsonl (.txt, cells run together), with no procedure', async () => {
    const { dossier } = await procedureText('1.000931');
    const out = expectContract(await runCli(file('dossier.txt', dossier)));
    expect(out.procedure).toBeNull();
    expect(out.items[0]).toMatchObject({ original: 1, copies: 1, form: 'NA15.pdf' });
  }, 60_000);

  it('reads text with line breaks (.txt as a provincial page shows it) and notes what was cut on stderr', async () => {
    const others = await readAllJsonl<{ name: string; dossier: string }>('other-portals.jsonl');
    const page = others.find((o) => o.name.startsWith('Đăng ký khai sinh lưu động'));
    const run = await runCli(file('tinh.txt', page?.dossier ?? ''));
    const out = expectContract(run);
    expect(out.items.length).toBeGreaterThan(3);
    expect(run.stderr).toMatch(/bị cắt/);
  }, 60_000);

  it.each([
    ['a missing file', () => path.join(dir, 'khong-co.json'), /Không tìm thấy tệp .*File not found/],
    ['an empty file', () => file('rong.txt', '  \n'), /rỗng .*empty/],
    ['an unknown file type', () => file('giay-to.pdf', '%PDF-1.4'), /Không hỗ trợ đuôi tệp ".pdf".*Unsupported/],
    ['invalid JSON', () => file('hong.json', '{"code":'), /không phải JSON hợp lệ.*Not valid JSON/],
    ['JSON that is not a portal record', () => file('khac.json', '{"hello":1}'), /không phải bản ghi thủ tục.*Not a portal procedure record/],
    [
      'a directory',
      () => {
        const d = path.join(dir, 'thu-muc.txt');
        mkdirSync(d, { recursive: true });
        return d;
      },
      /là thư mục.*directory/,
    ],
  ])('exits 2 with one clear line for %s, never a stack trace', async (_what, makePath, message) => {
    const run = await runCli(makePath());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits 2 when no file is given', async () => {
    const run = await runCli();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Thiếu tên tệp.*Missing FILE/);
  }, 60_000);
});
