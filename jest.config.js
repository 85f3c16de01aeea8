/** Projects: node for the engine and shells, jsdom for the React task pane, cli for the built `selfeval` bin. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
const common = { transform: { '^.+\\.tsx?$': tsJest }, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
module.exports = {
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/cli/'] },
    { ...common, displayName: 'cli', testEnvironment: 'node', testMatch: ['<rootDir>/test/cli/**/*.test.ts'], globalSetup: '<rootDir>/test/cli/global-setup.ts' },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'] },
  ],
};
