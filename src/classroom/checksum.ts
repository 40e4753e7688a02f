/**
 * Checksums and text encoding shared by assignment links and submissions. CRC-32 catches damaged
 * or hand-edited text (any one-character edit changes it); it is not a signature, because the
 * code that computes it ships to every browser.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip/PNG polynomial) of the text's UTF-8 bytes, as 8 lowercase hex digits. */
export function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** base64url (RFC 4648 §5, no padding) of the text's UTF-8 bytes: safe in a URL fragment and an e-mail. */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The UTF-8 text behind base64url, or null when it is not valid base64url or (unless `lenient`)
 * not valid UTF-8. Lenient decoding turns bad bytes into U+FFFD, so a checksum can still be compared.
 */
export function fromBase64Url(encoded: string, lenient = false): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: !lenient }).decode(bytes);
  } catch {
    // atob refuses bad padding; the fatal decoder refuses bytes that are not UTF-8.
    return null;
  }
}
