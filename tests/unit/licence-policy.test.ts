import { describe, expect, it } from 'vitest';
import { declaredLicence, licenceVerdict } from '../../scripts/licence-policy';
import { runScript } from '../support/run-cli';

describe('licence rule of npm run audit-deps', () => {
  it('accepts the permissive licences our runtime dependencies use', () => {
    for (const id of ['MIT', 'ISC', 'BSD-3-Clause', '0BSD', 'Apache-2.0', '(MIT AND Zlib)', 'mit']) {
      expect(licenceVerdict(id), id).toBe('ok');
    }
  });

  it('accepts MPL-2.0, whose copyleft stops at the files it covers, but not its "no copyleft exception" variant or other weak copylefts', () => {
    expect(licenceVerdict('MPL-2.0')).toBe('ok');
    expect(licenceVerdict('mpl-2.0')).toBe('ok');
    expect(licenceVerdict('MPL-2.0-no-copyleft-exception')).toBe('unknown');
    expect(licenceVerdict('MPL-1.1')).toBe('unknown');
    expect(licenceVerdict('EPL-2.0')).toBe('unknown');
    expect(licenceVerdict('MPL-2.0 AND GPL-3.0')).toBe('forbidden');
  });

  it('refuses every copyleft family, whatever the version suffix', () => {
    for (const id of ['GPL-3.0', 'GPL-2.0-only', 'GPL-3.0-or-later', 'GPL-2.0+', 'LGPL-2.1', 'AGPL-3.0-only', 'SSPL-1.0']) {
      expect(licenceVerdict(id), id).toBe('forbidden');
    }
    expect(licenceVerdict('GPL-2.0-only WITH Classpath-exception-2.0')).toBe('forbidden');
  });

  it('treats a missing, proprietary or unparseable licence as unknown, which fails too', () => {
    for (const id of [null, undefined, '', 'UNLICENSED', 'SEE LICENSE IN LICENSE.md', 'MIT OR', '(MIT', 'WTFPL']) {
      expect(licenceVerdict(id), String(id)).toBe('unknown');
    }
  });

  it('OR lets us choose the permissive side; AND binds us to the worst one', () => {
    expect(licenceVerdict('(MIT OR GPL-3.0-or-later)')).toBe('ok');
    expect(licenceVerdict('GPL-3.0 OR WTFPL')).toBe('unknown');
    expect(licenceVerdict('MIT AND GPL-3.0')).toBe('forbidden');
    expect(licenceVerdict('MIT AND WTFPL')).toBe('unknown');
    expect(licenceVerdict('Apache-2.0 OR (MIT AND AGPL-3.0)')).toBe('ok');
    // AND binds tighter than OR.
    expect(licenceVerdict('GPL-3.0 OR MIT AND SSPL-1.0')).toBe('forbidden');
  });

  it('reads the licence however package.json declares it', () => {
    expect(declaredLicence({ license: ' MIT ' })).toBe('MIT');
    expect(declaredLicence({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] })).toBe('(MIT OR GPL-2.0)');
    expect(declaredLicence({})).toBeNull();
  });

  it('passes on the installed runtime dependencies and names where npm audit must run', async () => {
    const run = await runScript('audit-deps', []);
    expect(run.code).toBe(0);
    for (const direct of ['react@', 'zod@', 'idb@', 'pdf-lib@']) expect(run.stdout).toContain(direct);
    // Transitive packages ship too.
    expect(run.stdout).toMatch(/^scheduler@\S+\s+MIT\s+ok\s+react-dom$/m);
    // The one file-level copyleft package, shipped unmodified.
    expect(run.stdout).toMatch(/^webextension-polyfill@0\.12\.0\s+MPL-2\.0\s+ok\s+webextension-polyfill$/m);
    expect(run.stdout).toContain('npm audit --omit=dev');
  });
});
