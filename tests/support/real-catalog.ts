import { decodeCatalog } from '../../lib/catalog/document';
import type { CatalogItem, CatalogProcedure } from '../../lib/catalog/schema';
import { loadCatalogDocument } from '../../scripts/build-catalog';

/**
 * The bundled catalog exactly as the build makes it from ../shared/data
 * (generated into .wxt/catalog.json when missing or stale).
 */
export const realCatalogDocument = loadCatalogDocument;

export async function realProcedures(): Promise<CatalogProcedure[]> {
  return decodeCatalog(await loadCatalogDocument(), 'bundle');
}

/** Real procedures of ../shared/data used across the catalog tests. */
export const KHAI_SINH = {
  code: '1.001193',
  id: '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
  name: 'Thủ tục đăng ký khai sinh',
} as const;

/** A paper of birth registration as the checklist engine gives it (an upload). */
export const GIAY_CHUNG_SINH: CatalogItem = {
  name: 'Giấy chứng sinh',
  kind: 'paper',
  group: null,
  original: 1,
  copies: 0,
  form: null,
  action: 'upload',
  heldBy: null,
  reason: 'Chụp hoặc quét và tải lên.',
  legalBasis: null,
  conditional: false,
  oneOf: null,
};
