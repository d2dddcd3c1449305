import { execFile } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/shared-data';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's CLI scripts as `npm run -s <name>` does
 * (`tsx scripts/<name>.ts`), with Node directly to skip npx's start-up cost.
 * `nodeArgs` go to Node before the script (e.g. another `--import`).
 */
export function runScript(script: string, args: string[], nodeArgs: string[] = []): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ...nodeArgs, `scripts/${script}.ts`, ...args],
      { cwd: REPO_ROOT, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
