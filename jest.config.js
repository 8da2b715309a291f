// Every test of the repository, as projects run in parallel (one database per test file).
// `npm test` (scripts/test.mjs) builds what the tests need first, then runs this.
const path = require('node:path');

const apiTransform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'api/tsconfig.json') }],
};

const apiProject = (name, extra = {}) => ({
  displayName: `api-${name}`,
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: [`<rootDir>/api/test/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: apiTransform,
  setupFiles: ['<rootDir>/api/test/helpers/setup-env.ts'],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/api/test/helpers/global-setup.mjs',
  globalTeardown: '<rootDir>/api/test/helpers/global-teardown.mjs',
  projects: [
    apiProject('unit'),
    apiProject('integration'),
    apiProject('acceptance'),
    '<rootDir>/front.jest.config.js',
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e/tests'],
      testMatch: ['**/*.e2e.ts'],
      transform: apiTransform,
      setupFiles: ['<rootDir>/api/test/helpers/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/e2e/support/jest-setup.ts'],
    },
  ],
};
