// Parses rule packs and folds in what they extend. A broken pack never throws: it yields
// messages an agency admin can act on ("file: path: expected ..., found ...").
import type { z } from 'zod';
import { packSchema, type Pack, type ResolvedPack, type Rule, type Vocabulary } from './schema';
import { isSeedDocument, SEED_DOCUMENTS } from './seeds';

export type LoadResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };
export type ResolveResult = { ok: true; pack: ResolvedPack } | { ok: false; errors: string[] };

export function loadPack(json: unknown, fileName: string): LoadResult {
  const parsed = packSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => describeIssue(fileName, issue)),
    };
  }
  const errors = checkSources(parsed.data, fileName);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: parsed.data };
}

/** Folds each pack's `extends` chain into one pack; `packs` holds every loaded pack by id. */
export function resolvePack(id: string, packs: ReadonlyMap<string, Pack>): ResolveResult {
  const errors: string[] = [];
  const lineage = collectLineage(id, packs, [], errors);
  if (errors.length > 0) return { ok: false, errors };
  const chain = lineage.map((packId) => packs.get(packId) as Pack);
  const own = chain[chain.length - 1] as Pack;

  const rules = chain.flatMap((pack) =>
    pack.rules.map((rule) => citedForProgram(rule, pack, chain)),
  );
  const seen = new Map<string, string>();
  chain.forEach((pack) =>
    pack.rules.forEach((rule) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        errors.push(`${own.id}: rule id "${rule.id}" is used twice (in ${first} and ${pack.id})`);
      }
      seen.set(rule.id, pack.id);
    }),
  );
  if (errors.length > 0) return { ok: false, errors };

  const activities = Object.assign(
    {},
    ...chain.map((pack) => pack.activities),
  ) as Pack['activities'];
  chain.forEach((pack) =>
    pack.rules.forEach((rule, i) => {
      if (rule.kind !== 'non-billable') return;
      for (const group of rule.match.activities) {
        if (!(group in activities))
          errors.push(
            `${pack.id}: rules[${i}].match.activities: no activity group "${group}" in this pack or the packs it extends (known: ${Object.keys(activities).join(', ') || 'none'})`,
          );
      }
    }),
  );
  if (errors.length > 0) return { ok: false, errors };

  const requiredFields = new Map(
    chain.flatMap((pack) => pack.requiredFields).map((field) => [field.field, field]),
  );
  const last = <T>(pick: (pack: Pack) => T | undefined): T | undefined =>
    chain
      .map(pick)
      .filter((value) => value !== undefined)
      .pop();

  return {
    ok: true,
    pack: {
      id: own.id,
      name: own.name,
      description: own.description,
      sources: [...new Set(chain.flatMap((pack) => pack.sources))],
      unit: last((pack) => pack.unit),
      activities: Object.assign({}, ...chain.map((pack) => pack.activities)),
      rates: chain.flatMap((pack) => pack.rates),
      caps: chain.flatMap((pack) => pack.caps),
      vocabulary: mergeVocabularies(chain.map((pack) => pack.vocabulary)),
      requiredFields: [...requiredFields.values()],
      rules,
      lineage,
    },
  };
}

const GENERAL_PRACTICE = { document: 'notecoach', section: 'General documentation practice' };

/**
 * A shared rule keeps its citation only where the program's own documents include it: a
 * Connecticut note is never told a Missouri guideline says so. Elsewhere it is cited as the
 * general documentation practice NoteCoach applies in every program.
 */
function citedForProgram(rule: Rule, from: Pack, chain: readonly Pack[]): Rule {
  const programSources = new Set(
    chain.filter((pack) => pack !== from).flatMap((pack) => pack.sources),
  );
  if (from === chain[chain.length - 1] || programSources.size === 0) return rule;
  // The agency's own terms and NoteCoach's own practice keep their citation.
  if (programSources.has(rule.source.document) || !isSeedDocument(rule.source.document)) {
    return rule;
  }
  return { ...rule, source: { ...GENERAL_PRACTICE } };
}

/** Loads every file, then resolves every pack; errors from all files are returned together. */
export function loadPacks(files: Record<string, unknown>): {
  packs: Map<string, ResolvedPack>;
  errors: string[];
} {
  const loaded = new Map<string, Pack>();
  const errors: string[] = [];
  for (const [fileName, json] of Object.entries(files)) {
    const result = loadPack(json, fileName);
    if (!result.ok) errors.push(...result.errors);
    else if (loaded.has(result.pack.id)) {
      errors.push(
        `${fileName}: id: the pack id "${result.pack.id}" is already used by another file`,
      );
    } else loaded.set(result.pack.id, result.pack);
  }
  const packs = new Map<string, ResolvedPack>();
  for (const id of loaded.keys()) {
    const result = resolvePack(id, loaded);
    if (result.ok) packs.set(id, result.pack);
    else errors.push(...result.errors);
  }
  return { packs, errors: [...new Set(errors)] };
}

function collectLineage(
  id: string,
  packs: ReadonlyMap<string, Pack>,
  path: string[],
  errors: string[],
): string[] {
  const pack = packs.get(id);
  if (pack === undefined) return [];
  if (path.includes(id)) {
    errors.push(`${id}: extends goes round in a circle (${[...path, id].join(' → ')})`);
    return [];
  }
  const bases: string[] = [];
  for (const base of pack.extends) {
    if (!packs.has(base)) {
      errors.push(`${id}: extends: no pack has the id "${base}"`);
      continue;
    }
    for (const ancestor of collectLineage(base, packs, [...path, id], errors)) {
      if (!bases.includes(ancestor)) bases.push(ancestor);
    }
  }
  return [...bases, id];
}

function mergeVocabularies(parts: (Vocabulary | undefined)[]): Vocabulary {
  const merged: Vocabulary = {
    worker: [],
    person: [],
    genericTopics: [],
    notBilled: [],
    fields: {},
    credentials: [],
    providerRoles: [],
    parentRoles: [],
  };
  for (const part of parts) {
    if (part === undefined) continue;
    merged.worker.push(...part.worker);
    merged.person.push(...part.person);
    merged.genericTopics.push(...part.genericTopics);
    merged.notBilled.push(...part.notBilled);
    merged.credentials.push(...part.credentials);
    merged.providerRoles.push(...part.providerRoles);
    merged.parentRoles.push(...part.parentRoles);
    for (const [field, evidence] of Object.entries(part.fields) as [
      keyof Vocabulary['fields'],
      NonNullable<Vocabulary['fields'][keyof Vocabulary['fields']]>,
    ][]) {
      const before = merged.fields[field] ?? { headers: [], phrases: [] };
      merged.fields[field] = {
        headers: [...before.headers, ...evidence.headers],
        phrases: [...before.phrases, ...evidence.phrases],
      };
    }
  }
  return merged;
}

function checkSources(pack: Pack, fileName: string): string[] {
  const errors: string[] = [];
  const check = (document: string, path: string) => {
    if (!isSeedDocument(document)) {
      errors.push(
        `${fileName}: ${path}: expected one of the seed documents (${Object.keys(SEED_DOCUMENTS).join(', ')}), found "${document}"`,
      );
    }
  };
  pack.sources.forEach((document, i) => check(document, `sources[${i}]`));
  if (pack.unit) check(pack.unit.source.document, 'unit.source.document');
  pack.rates.forEach((rate, i) => check(rate.source.document, `rates[${i}].source.document`));
  pack.caps.forEach((cap, i) => check(cap.source.document, `caps[${i}].source.document`));
  pack.requiredFields.forEach((field, i) =>
    check(field.source.document, `requiredFields[${i}].source.document`),
  );
  // A rule exported from a program where NoteCoach cites it as general practice keeps that.
  pack.rules.forEach((rule, i) => {
    if (rule.source.document !== GENERAL_PRACTICE.document) {
      check(rule.source.document, `rules[${i}].source.document`);
    }
  });

  const firstIndex = new Map<string, number>();
  pack.rules.forEach((rule, i) => {
    const first = firstIndex.get(rule.id);
    if (first === undefined) firstIndex.set(rule.id, i);
    else
      errors.push(`${fileName}: rules[${i}].id: "${rule.id}" is already the id of rules[${first}]`);
  });
  const defaults = pack.rates.filter((rate) => rate.default && !rate.group);
  if (defaults.length > 1) {
    errors.push(
      `${fileName}: rates: expected at most one default individual rate, found ${defaults.length}`,
    );
  }
  return errors;
}

function describeIssue(fileName: string, issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  const where = path === '' ? fileName : `${fileName}: ${path}`;
  return `${where}: ${describeProblem(issue)}`;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${plainType(issue.expected)}, found ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'expected text, found nothing';
      if (issue.origin === 'array')
        return `expected a list of at least ${issue.minimum} item(s), found fewer`;
      return `expected a number of at least ${issue.minimum}, found ${describeValue(issue.input)}`;
    case 'too_big':
      return `expected at most ${issue.maximum}, found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(issue.input)}`;
    case 'invalid_union': {
      const { options, discriminator } = issue as { options?: unknown; discriminator?: string };
      if (Array.isArray(options)) {
        const input = issue.input;
        const found =
          discriminator !== undefined && typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[discriminator]
            : input;
        return `expected one of ${options.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(found)}`;
      }
      return 'does not match any allowed shape';
    }
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; check the spelling`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'lower-case words joined by hyphens' : issue.format}, found ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function plainType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'nothing' : JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
