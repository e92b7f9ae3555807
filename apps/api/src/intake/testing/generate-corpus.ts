import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One generated letter and the fields it must yield (tools/intake-corpus's manifest). */
export interface CorpusEntry {
  file: string;
  expected: Record<string, unknown>;
}

const root = join(__dirname, '..', '..', '..', '..', '..');

/**
 * Writes the DRS-style letter corpus into `dir` and returns its manifest. The generator is its own project
 * (tools), so it runs as a child process: the api never imports it. For specs only.
 */
export function generateCorpus(dir: string, extraArgs: readonly string[] = []): CorpusEntry[] {
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register',
      '-r',
      'tsconfig-paths/register',
      'tools/intake-corpus/generate.ts',
      '--out',
      dir,
      ...extraArgs,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TS_NODE_PROJECT: 'tools/intake-corpus/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' },
    },
  );
  if (run.status !== 0) throw new Error(`corpus generator failed: ${run.stderr || run.stdout}`);
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CorpusEntry[];
}
