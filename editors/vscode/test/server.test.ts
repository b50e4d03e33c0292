// Unit tests of the server resolution order (src/server.ts): `npm test`.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundledPath, missingServerMessage, prepareBundled, resolveServer, ResolveInput, versionMismatch } from '../src/server';

const EXT = '/ext/isnad-0.1.0';
const BUNDLED = '/ext/isnad-0.1.0/server/isnad';

function input(existing: string[], over: Partial<ResolveInput> = {}): ResolveInput {
  const set = new Set(existing);
  return {
    configured: '',
    extensionPath: EXT,
    env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/j' },
    platform: 'linux',
    isExecutable: (p) => set.has(p),
    ...over,
  };
}

test('the setting wins over the bundled binary and PATH', () => {
  const r = resolveServer(input(['/opt/isnad', BUNDLED, '/usr/bin/isnad'], { configured: '/opt/isnad' }));
  assert.equal(r.path, '/opt/isnad');
  assert.equal(r.source, 'setting');
});

test('a setting that points nowhere is an error, not a fall-back', () => {
  const r = resolveServer(input([BUNDLED, '/usr/bin/isnad'], { configured: '/nonexistent/isnad' }));
  assert.equal(r.path, undefined);
  assert.deepEqual(r.tried, ['/nonexistent/isnad']);
});

test('a relative setting is taken from the workspace folder, ~ from HOME', () => {
  const rel = resolveServer(input(['/work/ws/bin/isnad'], { configured: 'bin/isnad', workspaceFolder: '/work/ws' }));
  assert.equal(rel.path, '/work/ws/bin/isnad');
  const home = resolveServer(input(['/home/j/bin/isnad'], { configured: '~/bin/isnad' }));
  assert.equal(home.path, '/home/j/bin/isnad');
});

test('without a setting the bundled binary comes before PATH', () => {
  const r = resolveServer(input([BUNDLED, '/usr/bin/isnad']));
  assert.equal(r.path, BUNDLED);
  assert.equal(r.source, 'bundled');
});

test('without a bundled binary, the first isnad on PATH', () => {
  const r = resolveServer(input(['/usr/bin/isnad', '/usr/local/bin/isnad']));
  assert.equal(r.path, '/usr/local/bin/isnad');
  assert.equal(r.source, 'path');
});

test('then ~/.cargo/bin, where cargo install puts it', () => {
  const r = resolveServer(input(['/home/j/.cargo/bin/isnad']));
  assert.equal(r.path, '/home/j/.cargo/bin/isnad');
  assert.equal(r.source, 'path');
});

test('nothing found: every place looked at is listed', () => {
  const r = resolveServer(input([]));
  assert.equal(r.path, undefined);
  assert.deepEqual(r.tried, [BUNDLED, 'PATH', '/home/j/.cargo/bin/isnad']);
});

test('Windows looks for isnad.exe, bundled and on PATH (; separated)', () => {
  assert.equal(bundledPath(EXT, 'win32'), path.join(EXT, 'server', 'isnad.exe'));
  const r = resolveServer(input([path.join('C:x', 'isnad.exe')], { platform: 'win32', env: { PATH: 'C:y;C:x' } }));
  assert.equal(r.path, path.join('C:x', 'isnad.exe'));
});

test('the default check needs a regular, executable file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-resolve-'));
  const exe = path.join(dir, 'isnad');
  fs.writeFileSync(exe, '#!/bin/sh\n');
  fs.chmodSync(exe, 0o644);
  const base = { configured: '', extensionPath: '/nonexistent', env: { PATH: dir }, platform: 'linux' as const };
  assert.equal(resolveServer(base).path, undefined, 'not executable');
  fs.chmodSync(exe, 0o755);
  assert.equal(resolveServer(base).path, exe);
  const other = path.join(dir, 'sub');
  fs.mkdirSync(path.join(other, 'isnad'), { recursive: true });
  assert.equal(resolveServer({ ...base, env: { PATH: other } }).path, undefined, 'a folder named isnad is not a server');
  fs.rmSync(dir, { recursive: true });
});

test('version check: equal versions pass, others warn in both languages', () => {
  assert.equal(versionMismatch('0.1.0', '0.1.0'), undefined);
  const w = versionMismatch('0.1.0', '0.2.1') ?? '';
  assert.match(w, /0\.2\.1/);
  assert.match(w, /إصدار/);
  assert.match(versionMismatch('0.1.0', undefined) ?? '', /did not report/);
});

test('the missing-server message says what to install, in English and Arabic', () => {
  const m = missingServerMessage('', ['x']);
  assert.match(m, /isnad-linux-x64\.vsix/);
  assert.match(m, /isnad\.serverPath/);
  assert.match(m, /ثبّت/);
  assert.match(missingServerMessage('/bad/isnad', []), /\/bad\/isnad.*صحّح/s);
});

test('a bundled binary unpacked without its mode bits is made executable', () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-ext-'));
  const exe = bundledPath(ext, 'linux');
  fs.mkdirSync(path.dirname(exe));
  fs.writeFileSync(exe, '#!/bin/sh\n');
  fs.chmodSync(exe, 0o644);
  const base = { configured: '', extensionPath: ext, env: { PATH: '' }, platform: 'linux' as const };
  assert.equal(resolveServer(base).path, undefined);
  prepareBundled(ext, 'linux');
  assert.equal(resolveServer(base).source, 'bundled');
  fs.rmSync(ext, { recursive: true });
});
