/**
 * Integration tests: real HTTP against the real app on a real PostgreSQL. Each test file gets its own
 * database with the migrations applied (test/support/test-app.ts). The server is DATABASE_URL's when set,
 * otherwise an embedded PostgreSQL started once for the run (test/support/global-setup.ts).
 */
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', isolatedModules: true }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
