import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, REPO_ROOT } from '../../scripts/shared-data';
import { sampleFiles } from '../support/generate-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-precheck-cli-'));
const at = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [path.join(REPO_ROOT, 'scripts/precheck.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Output {
  files: { path: string; verdict: string; checks: { code: string; level: string; message: string }[] }[];
  missing?: string[];
}

beforeAll(async () => {
  const files = await sampleFiles();
  for (const f of Object.values(files)) writeFileSync(at(f.name), f.bytes);
  writeFileSync(at('ban-sao-giay-chung-sinh.jpg'), files.sharpJpeg?.bytes as Uint8Array);
  writeFileSync(at('the-can-cuoc-cong-dan.jpg'), files.sharpPng?.bytes as Uint8Array);
  for await (const record of readJsonl<{ code: string }>('portal-api.jsonl')) {
    if (record.code === '1.001193') {
      writeFileSync(at('khai-sinh.json'), JSON.stringify(record));
      break;
    }
  }
  for await (const record of readJsonl<{ code: string; dossier: string }>('procedures.jsonl')) {
    if (record.code === '1.001193') {
      writeFileSync(at('khai-sinh.txt'), record.dossier);
      break;
    }
  }
}, 120_000);

// Each case spawns the CLI (Node + tsx) up to five times: seconds each on a loaded machine.
describe('npm run -s precheck', { timeout: 90_000 }, () => {
  it('prints one JSON object with a verdict and checks per file', () => {
    const run = cli(at('giay-chung-sinh.jpg'), at('co-mat-khau.pdf'), at('cat-ngang.pdf'), at('rong.pdf'), at('anh-toi.jpg'));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files.map((f) => [path.basename(f.path), f.verdict])).toEqual([
      ['giay-chung-sinh.jpg', 'ok'],
      ['co-mat-khau.pdf', 'error'],
      ['cat-ngang.pdf', 'error'],
      ['rong.pdf', 'error'],
      ['anh-toi.jpg', 'warn'],
    ]);
    for (const f of out.files) {
      for (const c of f.checks) expect(Object.keys(c)).toEqual(['code', 'level', 'message']);
    }
    const codesAt = (i: number, level: string) => out.files[i]?.checks.filter((c) => c.level === level).map((c) => c.code);
    expect(codesAt(1, 'error')).toEqual(['encrypted']);
    expect(codesAt(2, 'error')).toEqual(['corrupt']);
    expect(codesAt(3, 'error')).toEqual(['empty']);
    expect(codesAt(4, 'warn')).toEqual(['too-dark']);
  });

  it('finds the same file given twice under different names', () => {
    const out = JSON.parse(cli(at('giay-chung-sinh.jpg'), at('ban-sao-giay-chung-sinh.jpg')).stdout) as Output;
    for (const f of out.files) expect(f.checks.find((c) => c.code === 'duplicate')?.level).toBe('warn');
  });

  it('with --procedure, lists the required papers no file was given for', () => {
    const without = JSON.parse(cli('--procedure', at('khai-sinh.json'), at('co-mat-khau.pdf')).stdout) as Output;
    expect(without.missing?.[0]).toMatch(/^Giấy chứng sinh/);
    const withIt = JSON.parse(cli('--procedure', at('khai-sinh.json'), at('giay-chung-sinh.jpg')).stdout) as Output;
    expect(withIt.missing).toEqual([]);
  });

  it('reads the procedure from dossier text too, and reminds that a paper held in VNeID need not be uploaded', () => {
    const run = cli('--procedure', at('khai-sinh.txt'), at('giay-chung-sinh.jpg'), at('the-can-cuoc-cong-dan.jpg'));
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.missing).toEqual([]);
    const held = out.files[1]?.checks.find((c) => c.code === 'held-by-state');
    expect(held?.level).toBe('warn');
    expect(held?.message).toContain('VNeID');
    expect(out.files[1]?.verdict).toBe('warn');
    expect(out.files[0]?.checks.find((c) => c.code === 'held-by-state')).toBeUndefined();
  });

  it('explains a bad path in Vietnamese and English, exit 2, no stack trace', () => {
    const run = cli(at('giay-chung-sinh.jpg'), at('khong-co.pdf'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Không tìm thấy');
    expect(run.stderr).toContain('not found');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(cli(dir).status).toBe(2);
    expect(cli().status).toBe(2);
    const noProcedure = cli('--procedure', at('khong-co.json'), at('rong.pdf'));
    expect(noProcedure.status).toBe(2);
    expect(noProcedure.stderr).toMatch(/^--procedure: Không tìm thấy tệp .* \/ File not found/);
  });
});
