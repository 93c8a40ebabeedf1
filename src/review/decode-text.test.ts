import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const NOTE = 'Met with client at café; reviewed “budget” goal.';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

describe('decodeText', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(NOTE))).toEqual({
      ok: true,
      text: NOTE,
      encoding: 'utf-8',
    });
  });

  it('drops the UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTE)]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: NOTE, encoding: 'utf-8' });
  });

  it('decodes UTF-16 little- and big-endian files by their byte-order mark', () => {
    expect(decodeText(utf16(NOTE, 'le'))).toMatchObject({ text: NOTE, encoding: 'utf-16le' });
    expect(decodeText(utf16(NOTE, 'be'))).toMatchObject({ text: NOTE, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "café" with é as the single byte 0xE9, as an old Windows export writes it.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({
      ok: true,
      text: 'café',
      encoding: 'windows-1252',
    });
  });

  it('names a PDF and an Excel workbook instead of decoding them', () => {
    const pdf = decodeText(new TextEncoder().encode('%PDF-1.7\n...'));
    expect(pdf).toMatchObject({ ok: false, code: 'binary' });
    expect(!pdf.ok && pdf.message).toContain('PDF');
    const xlsx = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect(!xlsx.ok && xlsx.message).toContain('.xlsx');
  });

  it('rejects bytes with zero bytes and no byte-order mark as binary', () => {
    const result = decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01, 0x02]));
    expect(result).toMatchObject({ ok: false, code: 'binary' });
    expect(!result.ok && result.message).toContain('zero bytes');
  });

  it('rejects text full of control characters', () => {
    const noise = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(noise)).toMatchObject({ ok: false, code: 'binary' });
  });
});
