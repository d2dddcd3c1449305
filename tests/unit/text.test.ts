import { describe, expect, it } from 'vitest';
import { canonicalTones, cleanText, containsPhrase, fold, normalizePunctuation, normalizeSpace, stripDiacritics, stripPrefixes, toNfc, toNfd, tokenize } from '@/lib/text';

describe('Unicode forms', () => {
  it('NFD and NFC texts fold to the same key', () => {
    const nfc = 'Thủ tục đăng ký khai sinh'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(fold(nfd)).toBe(fold(nfc));
    expect(toNfc(nfd)).toBe(nfc);
    expect(toNfd(nfc)).toBe(nfd);
  });

  it('removes the invisible marks the portal leaves inside words (1.001193: "đăng k\u200eý")', () => {
    expect(toNfc('đăng k\u200eý hộ tịch')).toBe('đăng ký hộ tịch');
    expect(fold('đăng k\u200eý')).toBe('dang ky');
  });
});

describe('diacritics', () => {
  it('strips tones and vowel marks and maps đ/Đ to d/D, keeping case', () => {
    expect(stripDiacritics('Đăng ký thường trú')).toBe('Dang ky thuong tru');
    expect(stripDiacritics('ĐỒNG Ý')).toBe('DONG Y');
  });

  it('folds case, diacritics and punctuation for matching', () => {
    expect(fold('Thẻ Căn cước  công dân;')).toBe('the can cuoc cong dan');
    expect(fold('Hộ chiếu/Thẻ căn cước')).toBe('ho chieu the can cuoc');
    expect(fold('Nghị định 104/2022/NĐ-CP, mã 1.001193')).toBe('nghi dinh 104/2022 nd cp ma 1.001193');
  });
});

describe('tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuý', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['tuỳ thân', 'tùy thân'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ', 'HÒA'],
  ])('%s → %s', (newer, traditional) => {
    expect(canonicalTones(newer)).toBe(traditional);
    expect(canonicalTones(traditional)).toBe(traditional);
  });

  it.each(['quý', 'hoàng', 'khuyết', 'ngoài', 'khuỷu', 'thủy'])('leaves %s alone (both styles agree)', (word) => {
    expect(canonicalTones(word)).toBe(word);
  });

  it('accepts NFD input and returns NFC', () => {
    expect(canonicalTones('hoà'.normalize('NFD'))).toBe('hòa');
  });
});

describe('whitespace and punctuation', () => {
  it('collapses tabs, line breaks and non-breaking spaces', () => {
    expect(normalizeSpace(' Tờ khai\u00a0đăng ký\n\tkết  hôn ')).toBe('Tờ khai đăng ký kết hôn');
  });

  it('evens out typographic punctuation without changing words', () => {
    expect(normalizePunctuation('“Bản sao” – hợp lệ … ;')).toBe('"Bản sao" - hợp lệ...;');
    expect(normalizePunctuation('nộp bản giấy .')).toBe('nộp bản giấy.');
  });

  it('cleanText keeps the wording and spelling, only spaces and invisible marks change', () => {
    expect(cleanText('  Giấy tờ  tuỳ thân\u200b ')).toBe('Giấy tờ tuỳ thân');
  });
});

describe('tokens and phrases', () => {
  it('tokenises into folded words', () => {
    expect(tokenize('Thẻ BHYT; 01 bản sao')).toEqual(['the', 'bhyt', '01', 'ban', 'sao']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('matches whole folded words only, with or without diacritics', () => {
    expect(containsPhrase('Bản sao Căn cước công dân', 'can cuoc cong dan')).toBe(true);
    expect(containsPhrase('Bản sao CCCD', 'CCCD')).toBe(true);
    expect(containsPhrase('Thuốc lá', 'thuoc lao')).toBe(false);
    expect(containsPhrase('hoà giải', 'hòa giải')).toBe(true);
  });
});

describe('stripPrefixes', () => {
  it('removes a repeated leading pattern up to a limit', () => {
    expect(stripPrefixes('- a) 1. Tờ khai', /^(?:-|a\)|1\.)\s*/)).toBe('Tờ khai');
    expect(stripPrefixes('- - - x', /^-\s*/, 2)).toBe('- x');
  });
});
