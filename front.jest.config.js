// Jest project for the front ends' component tests (jsdom + Testing Library).
// Run: npx jest -c front.jest.config.js   (from the repository root)
const fs = require('node:fs');
const path = require('node:path');

const consoleRoots = fs
  .readdirSync(path.join(__dirname, 'consoles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(__dirname, 'consoles', entry.name, 'src')))
  .map((entry) => `<rootDir>/consoles/${entry.name}/src`);

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'front',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
  roots: ['<rootDir>/learner/src', ...consoleRoots],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json', 'cjs', 'mjs'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'consoles/shared/tsconfig.jest.json') }],
  },
  moduleNameMapper: {
    '\\.(css|less|scss|sass)$': '<rootDir>/consoles/shared/jest.style-mock.cjs',
    '^@pix-libre/ui-shared$': '<rootDir>/consoles/shared/src/index.ts',
    '^@pix-libre/ui-shared/(.*)$': '<rootDir>/consoles/shared/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/consoles/shared/jest.setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/__generated__/'],
};
