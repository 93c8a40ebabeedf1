// V8 cannot skip ahead through the text for a pattern that holds `\b` under the `i` and `u`
// flags together: it tries every position with the full Unicode word test, which made one scan
// of a 12 KB note cost about 75 µs instead of 2-10 µs. Dozens of such scans made a re-check
// after a one-character edit slow (issue 10). An ASCII pattern needs no `u` flag; one that
// needs it (`\p{L}`) says where a word starts with a lookbehind instead of `\b`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENGINE = join(__dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Literal {
  body: string;
  flags: string;
  where: string;
}

function regexLiterals(path: string): Literal[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({
        body: text.slice(1, slash),
        flags: text.slice(slash + 1),
        where: `${path.slice(ENGINE.length + 1)}:${line}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The pattern's alternatives at the top level: "a|(b|c)" -> ["a", "(b|c)"]. */
function topLevelAlternatives(body: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(body.slice(start, i));
      start = i + 1;
    }
  }
  return [...alternatives, body.slice(start)];
}

/**
 * True for a pattern V8 scans slowly: a word boundary under case-insensitive Unicode matching,
 * unless every alternative is anchored at the start of the text, where only one position is tried.
 */
function slowScan({ body, flags }: Literal): boolean {
  if (!flags.includes('i') || !flags.includes('u') || !/\\b/u.test(body)) return false;
  return flags.includes('m') || !topLevelAlternatives(body).every((part) => part.startsWith('^'));
}

describe('engine patterns', () => {
  const literals = sourceFiles(ENGINE).flatMap(regexLiterals);

  it('reads the regular expressions of the engine sources', () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(slowScan({ body: String.raw`\bbilled\b`, flags: 'giu', where: '' })).toBe(true);
    expect(slowScan({ body: String.raw`\bbilled\b`, flags: 'gi', where: '' })).toBe(false);
    expect(slowScan({ body: String.raw`^\s*billed\b|^paid\b`, flags: 'iu', where: '' })).toBe(
      false,
    );
    expect(slowScan({ body: String.raw`^\s*billed\b|paid\b`, flags: 'iu', where: '' })).toBe(true);
  });

  it('hold no word boundary under the i and u flags together', () => {
    expect(literals.filter(slowScan).map((literal) => literal.where)).toEqual([]);
  });
});
