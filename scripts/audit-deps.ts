/**
 * `npm run -s audit-deps`: the packages that ship inside the extension (the
 * `dependencies` of package.json and everything they depend on, as installed
 * in node_modules), each with its version and licence. Fails when a licence is
 * copyleft or unknown (scripts/licence-policy.ts). Known vulnerabilities need
 * the registry's advisory endpoint, which these machines cannot reach, so the
 * script says where `npm audit --omit=dev` must be run instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { declaredLicence, type LicenceVerdict, licenceVerdict } from './licence-policy';
import { REPO_ROOT } from './shared-data';

interface Manifest {
  name?: string;
  version?: string;
  license?: unknown;
  licenses?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Shipped {
  name: string;
  version: string;
  licence: string | null;
  verdict: LicenceVerdict;
  /** The direct dependency that brings it in (itself for direct ones). */
  via: string;
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

/** Where Node would find `name` when required from `fromDir`: the nearest node_modules going up to the root. */
function resolvePackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; dir.startsWith(REPO_ROOT); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === REPO_ROOT) break;
  }
  return null;
}

function shippedPackages(): { shipped: Shipped[]; missing: string[] } {
  const root = readManifest(REPO_ROOT);
  const shipped = new Map<string, Shipped>();
  const missing: string[] = [];
  const visit = (name: string, fromDir: string, via: string, optional: boolean) => {
    const dir = resolvePackageDir(name, fromDir);
    if (!dir) {
      if (!optional) missing.push(`${name} (via ${via})`);
      return;
    }
    // node_modules may be a symlink shared between worktrees: key by the path inside it.
    const key = path.relative(REPO_ROOT, dir);
    if (shipped.has(key)) return;
    const manifest = readManifest(dir);
    const licence = declaredLicence(manifest);
    shipped.set(key, { name, version: manifest.version ?? '?', licence, verdict: licenceVerdict(licence), via });
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, via, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, dir, via, true);
  };
  for (const name of Object.keys(root.dependencies ?? {})) visit(name, REPO_ROOT, name, false);
  return { shipped: [...shipped.values()].sort((a, b) => a.name.localeCompare(b.name)), missing };
}

function main() {
  const { shipped, missing } = shippedPackages();
  const width = Math.max(...shipped.map((p) => `${p.name}@${p.version}`.length), 20);
  console.log(`${'package'.padEnd(width)}  ${'licence'.padEnd(16)}  ${'verdict'.padEnd(9)}  via`);
  for (const p of shipped) {
    console.log(`${`${p.name}@${p.version}`.padEnd(width)}  ${(p.licence ?? '(none)').padEnd(16)}  ${p.verdict.padEnd(9)}  ${p.via}`);
  }
  const refused = shipped.filter((p) => p.verdict !== 'ok');
  console.log(`\n${shipped.length} packages ship in the extension; ${refused.length} with a copyleft or unknown licence.`);
  for (const m of missing) console.error(`not installed: ${m} (run npm install)`);
  console.log(
    'Known vulnerabilities: run `npm audit --omit=dev` where the registry advisory endpoint is reachable ' +
      '(it answers 405 from these machines) and explain each finding in the README.',
  );
  if (refused.length > 0 || missing.length > 0) process.exit(1);
}

main();
