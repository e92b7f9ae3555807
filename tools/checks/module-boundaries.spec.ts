import { createProjectGraphAsync } from '@nx/devkit';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The architecture is enforced, not decorative: this lints code placed (virtually) in each project and
 * expects @nx/enforce-module-boundaries to refuse what DESIGN.md forbids and allow what it permits.
 */
describe('module boundaries', () => {
  const root = join(__dirname, '..', '..');

  beforeAll(async () => {
    // The rule reads the cached project graph; make sure one exists for a fresh clone.
    await createProjectGraphAsync({ exitOnError: false });
  });

  /** Runs the real eslint CLI (its flat config cannot load inside Jest's module system) on code via stdin. */
  async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
    const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
    if (!run.stdout) throw new Error(`eslint produced no report: ${run.stderr}`);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  }

  it.each([
    ['@nestjs/common', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
    ['@angular/core', "import { Component } from '@angular/core';\nexport const x = Component;\n"],
    ['typeorm', "import { Entity } from 'typeorm';\nexport const x = Entity;\n"],
  ])('refuses %s in libs/domain', async (_name, code) => {
    expect(await boundaryErrors('libs/domain/src/lib/forbidden.ts', code)).not.toEqual([]);
  });

  it('refuses the api importing the web app and the web app importing the api', async () => {
    expect(await boundaryErrors('apps/web/src/app/forbidden.ts', "import { AppModule } from '../../../api/src/app.module';\nexport const x = AppModule;\n")).not.toEqual([]);
    expect(await boundaryErrors('libs/contracts/src/lib/forbidden.ts', "import { AppModule } from '../../../../apps/api/src/app.module';\nexport const x = AppModule;\n")).not.toEqual([]);
  });

  it('allows the api and the shared libs to use the shared libs', async () => {
    expect(await boundaryErrors('apps/api/src/allowed.ts', "import { ROLES } from '@nutmeg/contracts';\nexport const x = ROLES;\n")).toEqual([]);
    expect(await boundaryErrors('libs/domain/src/lib/allowed.ts', "import Decimal from 'decimal.js';\nexport const x = Decimal;\n")).toEqual([]);
  });
});
