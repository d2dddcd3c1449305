import { ensureCatalogFile } from '../../scripts/catalog-file';

/**
 * Vitest global setup: generates the bundled catalog (.wxt/catalog.json) once,
 * before the test workers start, when it is missing or stale; the catalog
 * tests read it.
 */
export default async function setup() {
  await ensureCatalogFile();
}
