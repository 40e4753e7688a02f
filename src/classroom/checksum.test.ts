import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from './checksum';

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('')).toBe('00000000');
  });

  it('changes when any one character changes', () => {
    const text = '{"name":"Ana","best":85}';
    const base = crc32(text);
    for (let i = 0; i < text.length; i++) {
      const edited = `${text.slice(0, i)}${text[i] === 'x' ? 'y' : 'x'}${text.slice(i + 1)}`;
      expect(crc32(edited), `edit at ${i}`).not.toBe(base);
    }
  });
});

describe('base64url', () => {
  it('round-trips any Unicode text without padding or URL-unsafe characters', () => {
    const text = 'Zoë — 10B «History» 🎓 ?&#=/+';
    const encoded = toBase64Url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(encoded)).toBe(text);
  });

  it('refuses text that is not base64url or not UTF-8', () => {
    expect(fromBase64Url('abc$')).toBeNull();
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url(toBase64Url('ok').slice(0, -1) + '+')).toBeNull();
    // 0xFF 0xFE is not UTF-8.
    expect(fromBase64Url('__4')).toBeNull();
  });
});
