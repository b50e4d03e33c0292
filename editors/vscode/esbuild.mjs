import * as esbuild from 'esbuild';
const production = process.argv.includes('--production');
const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node18', logLevel: 'info' };
if (process.argv.includes('--tests')) {
  // Unit tests of the parts that do not need VS Code (run with `node --test out/test/`).
  await esbuild.build({ ...common, entryPoints: ['test/server.test.ts'], outfile: 'out/test/server.test.js' });
} else {
  await esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'out/extension.js',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
  });
}
