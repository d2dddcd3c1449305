/**
 * `npm run -s checklist -- FILE`: prints the checklist of a saved detail page
 * (.html), a portal record (.json: one line of portal-api.jsonl or the API
 * envelope) or a "Thành phần hồ sơ" text (.txt) as one JSON object, per the
 * contract in ../shared/design.md. Bad input: one line on stderr, exit 2.
 */
import { Checklist } from '../lib/checklist';
import { checklistFromFile, InputError } from './checklist-file';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  const result = await checklistFromFile(file);
  process.stdout.write(`${JSON.stringify(Checklist.parse(result.checklist), null, 2)}\n`);
  for (const note of result.unread) process.stderr.write(`Lưu ý: ${note}\n`);
}

main().catch((error) => {
  const message = error instanceof InputError ? error.message : `Lỗi không mong đợi / Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof InputError ? 2 : 1);
});
