import { expect, PROCEDURES, test, openSidePanel } from './fixtures';

const { khaiSinh } = PROCEDURES;

// A fresh profile: the bundled catalog is still being written to IndexedDB when the panel opens.
test.use({ freshInstall: true });

test('fresh install: the first search is answered from the bundled catalog while the store fills, and says so', async ({
  context,
  extensionId,
}) => {
  const panel = await openSidePanel(context, extensionId);
  const search = panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
  const searchStatus = panel.locator('search').getByRole('status');
  const firstResult = panel.getByRole('listitem').getByRole('button').first();

  await search.fill('dang ky khai sinh');
  // The guard: answered while the import still runs (the status says so in the same answer), however busy
  // the machine; a loaded CI box stretches the import to tens of seconds. The < 1 s goal is in `npm run bench`
  // (firstSearchFreshMs, scripts/bench-search.ts).
  await expect(firstResult).toHaveAccessibleName(khaiSinh.name, { timeout: 45_000 });
  await expect(searchStatus).toContainText('Đang chuẩn bị danh mục thủ tục…');
  await firstResult.click();
  await expect(panel.getByRole('heading', { level: 2, name: khaiSinh.name })).toBeFocused();

  // After the store is filled searches no longer say "preparing": tests/extension/catalog-first-run.test.ts.
});
