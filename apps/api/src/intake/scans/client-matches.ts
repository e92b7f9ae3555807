import type { ScanClientMatch } from '@nutmeg/contracts';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';

// Words that say what kind of entity a name is, not which one: "Harbor Widgets LLC" and "Harbor Widgets, L.L.C."
// are the same client.
const ENTITY_WORDS = new Set([
  'llc',
  'l',
  'c',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'lp',
  'llp',
  'pc',
  'pllc',
  'the',
]);

/** A name reduced to the words that identify it: lower case, no punctuation, no entity suffixes. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9& ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !ENTITY_WORDS.has(word))
    .join(' ');
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice on character bigrams: 1 for the same name, tolerant of an OCR slip or a dropped word. */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

const CLOSE = 0.72;
const MAX_MATCHES = 5;
const CANDIDATES = 200;

/**
 * The firm's clients whose name matches the letter's taxpayer: the same name (ignoring case, punctuation
 * and "LLC"-type words) first, then close ones. Only offered; a person picks the client.
 */
export async function clientMatches(
  manager: EntityManager,
  actor: Actor,
  taxpayerName: string | undefined,
): Promise<ScanClientMatch[]> {
  const key = taxpayerName ? nameKey(taxpayerName) : '';
  if (key === '') return [];
  // Candidates share a word of three letters or more; the scoring is done here, on at most a few hundred.
  const words = [...new Set(key.split(' ').filter((word) => word.length >= 3))];
  if (words.length === 0) return [];
  const rows: Array<{ id: string; legal_name: string; dba: string | null }> = await manager.query(
    `SELECT id, legal_name, dba FROM client
      WHERE firm_id = $1 AND deleted_at IS NULL
        AND (lower(legal_name) LIKE ANY($2::text[]) OR lower(coalesce(dba, '')) LIKE ANY($2::text[]))
      LIMIT ${CANDIDATES}`,
    [actor.firmId, words.map((word) => `%${word.replace(/[%_\\]/g, '\\$&')}%`)],
  );
  return rows
    .map((row) => {
      const names = [row.legal_name, row.dba].filter((name): name is string => !!name).map(nameKey);
      const score = Math.max(...names.map((name) => (name === key ? 1 : nameSimilarity(name, key))));
      return { id: row.id, legalName: row.legal_name, score };
    })
    .filter((candidate) => candidate.score >= CLOSE)
    .sort((a, b) => b.score - a.score || a.legalName.localeCompare(b.legalName))
    .slice(0, MAX_MATCHES)
    .map(({ id, legalName, score }): ScanClientMatch => ({ id, legalName, match: score === 1 ? 'exact' : 'close' }));
}
