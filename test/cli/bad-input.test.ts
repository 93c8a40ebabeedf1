import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const GOOD_NOTE = 'examples/mo-transport-good.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'notecoach-cli-'));
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Every bad input: exit 2, one line naming the file and the reason, the good file still checked. */
async function expectRejected(path: string, reason: RegExp): Promise<void> {
  const result = await runCli(['check', '--program', 'mo-community-support', path, GOOD_NOTE]);
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(reason);
  expect(result.stdout).toContain(GOOD_NOTE);
  expect(result.stdout).toMatch(/^1 note checked/m);
}

describe('inputs that cannot be checked', { timeout: 60_000 }, () => {
  it('names a file that does not exist', async () => {
    await expectRejected(join(dir, 'missing.txt'), /no such file/);
  });

  it('names a directory given as a file', async () => {
    const path = join(dir, 'a-directory');
    mkdirSync(path);
    await expectRejected(path, /is a directory/);
  });

  it('refuses a named pipe at once instead of waiting for a writer, and says how to read it', async () => {
    const path = join(dir, 'export.fifo');
    execFileSync('mkfifo', [path]);
    const result = await runCli(['check', '--program', 'mo-community-support', path, GOOD_NOTE], {
      timeoutMs: 15_000,
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `notecoach: ${path}: not a regular file but a named pipe (FIFO); to read from it, give - and redirect it: notecoach check - < ${path}`,
    );
    expect(result.stdout).toMatch(/^1 note checked/m);
  });

  it('refuses an empty file and a file of blank lines', async () => {
    await expectRejected(file('empty.txt', ''), /empty input/);
    await expectRejected(file('blank.txt', '\n  \n\t\n'), /empty input/);
  });

  it('refuses a file that holds only the program header', async () => {
    await expectRejected(file('header-only.txt', '# program: ma-csp\n'), /empty input/);
  });

  it('says where a NUL byte makes the input binary', async () => {
    await expectRejected(
      file('nul.txt', Buffer.from('Client met\0CSW', 'latin1')),
      /NUL byte at offset 10/,
    );
  });

  it('says where Latin-1 input stops being UTF-8 and how to fix it', async () => {
    const bytes = Buffer.concat([Buffer.from('CSW met client at caf'), Buffer.from([0xe9, 0x20])]);
    await expectRejected(
      file('latin1.txt', bytes),
      /not UTF-8 text: invalid UTF-8 at byte offset 21 \(0xE9\); if it is Latin-1 or Windows-1252 text, save it as UTF-8/,
    );
  });

  it('refuses input over 1 MB without checking it', async () => {
    await expectRejected(
      file('huge.txt', 'CSW met client. '.repeat(70_000)),
      /over the 1 MB limit/,
    );
  });

  it('refuses a header naming a program that does not exist, listing the valid ids', async () => {
    const path = file('wrong-header.txt', '# program: tx-csp\nCSW met client at home.\n');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toContain('unknown program "tx-csp"');
    expect(result.stderr).toContain('ct-dmhas-csp, ma-csp, mo-community-support, ct-dds-parenting');
  });

  it('asks for a program when neither --program nor a header names one', async () => {
    const path = file('no-program.txt', 'CSW met client at home.\n');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-program\.txt: no program: give --program ID/);
  });
});

describe('UTF-16 input', { timeout: 60_000 }, () => {
  it('decodes UTF-16 LE and BE with a byte-order mark like the UTF-8 file', async () => {
    const text = '# program: mo-community-support\nCSW drove client to his dentist appointment.\n';
    const utf8 = file('note-utf8.txt', text);
    const le = file(
      'note-utf16le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const be = file(
      'note-utf16be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    const result = await runCli(['check', '--format', 'json', utf8, le, be]);
    expect(result.code).toBe(0);
    const [fromUtf8, fromLe, fromBe] = JSON.parse(result.stdout) as { findings: unknown[] }[];
    expect(fromUtf8?.findings.length).toBeGreaterThan(0);
    expect(fromLe?.findings).toEqual(fromUtf8?.findings);
    expect(fromBe?.findings).toEqual(fromUtf8?.findings);
  });

  it('names UTF-16 without a byte-order mark, LE and BE, instead of calling it binary', async () => {
    const text = 'CSW met client at the library to fill in the housing form.\n';
    await expectRejected(
      file('no-bom-le.txt', Buffer.from(text, 'utf16le')),
      /looks like UTF-16LE text without a byte-order mark \(a NUL byte in every other position\); save it as UTF-8/,
    );
    await expectRejected(
      file('no-bom-be.txt', Buffer.from(text, 'utf16le').swap16()),
      /looks like UTF-16BE text without a byte-order mark/,
    );
  });

  it('rejects UTF-16 with an odd number of bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('CSW met client', 'utf16le'),
      Buffer.from([0x41]),
    ]);
    await expectRejected(file('odd.txt', bytes), /UTF-16LE input has an odd number of bytes/);
  });
});
