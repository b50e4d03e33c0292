// Where the isnad server comes from. No `vscode` import: unit-tested under plain Node
// (test/server.test.ts).
import * as fs from 'fs';
import * as path from 'path';

/** Which of the three places the server was found in. */
export type ServerSource = 'setting' | 'bundled' | 'path';

export interface ResolveInput {
  /** `isnad.serverPath` (or the older `isnad.server.path`), trimmed; '' when unset. */
  configured: string;
  /** The extension's install folder (holds `server/isnad` in a platform .vsix). */
  extensionPath: string;
  /** The first workspace folder, for a relative `isnad.serverPath`. */
  workspaceFolder?: string;
  env: { PATH?: string; HOME?: string; USERPROFILE?: string };
  platform: NodeJS.Platform;
  /** Injected for tests; defaults to a stat + X_OK check. */
  isExecutable?: (p: string) => boolean;
}

export interface Resolved {
  path?: string;
  source?: ServerSource;
  /** Every place looked at, in order (for the output channel). */
  tried: string[];
}

export function isExecutableFile(p: string, platform: NodeJS.Platform = process.platform): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function exeNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['isnad.exe', 'isnad.cmd', 'isnad'] : ['isnad'];
}

/** The bundled binary's place inside the extension. */
export function bundledPath(extensionPath: string, platform: NodeJS.Platform): string {
  return path.join(extensionPath, 'server', platform === 'win32' ? 'isnad.exe' : 'isnad');
}

/**
 * Makes the bundled binary executable if unpacking lost its mode bits (a .vsix is a zip;
 * not every installer keeps them). Quiet when there is no bundled binary.
 */
export function prepareBundled(extensionPath: string, platform: NodeJS.Platform): void {
  if (platform === 'win32') return;
  const p = bundledPath(extensionPath, platform);
  try {
    if (fs.statSync(p).isFile() && !isExecutableFile(p, platform)) fs.chmodSync(p, 0o755);
  } catch {
    /* no bundled binary (universal .vsix) or a read-only install: resolution says so */
  }
}

function expandConfigured(input: ResolveInput, home: string | undefined): string {
  let p = input.configured;
  if (home) p = p.replace(/^~(?=$|[\\/])/, home);
  if (!path.isAbsolute(p) && input.workspaceFolder) p = path.join(input.workspaceFolder, p);
  return p;
}

function onPath(input: ResolveInput, ok: (p: string) => boolean, tried: string[]): string | undefined {
  const sep = input.platform === 'win32' ? ';' : ':';
  for (const dir of (input.env.PATH ?? '').split(sep)) {
    if (!dir) continue;
    for (const n of exeNames(input.platform)) {
      const p = path.join(dir, n);
      if (ok(p)) return p;
    }
  }
  tried.push('PATH');
  return undefined;
}

/**
 * Finds the server: the setting if given (and nothing else: a wrong setting is an error,
 * not a reason to run some other binary), else the binary bundled in the extension, else
 * `isnad` on PATH, else `~/.cargo/bin/isnad` (where `cargo install` puts it; editors
 * started from a desktop menu often lack it on PATH).
 */
export function resolveServer(input: ResolveInput): Resolved {
  const ok = input.isExecutable ?? ((p: string) => isExecutableFile(p, input.platform));
  const home = input.platform === 'win32' ? input.env.USERPROFILE ?? input.env.HOME : input.env.HOME;
  if (input.configured) {
    const p = expandConfigured(input, home);
    return ok(p) ? { path: p, source: 'setting', tried: [p] } : { tried: [p] };
  }
  const tried: string[] = [];
  const bundled = bundledPath(input.extensionPath, input.platform);
  if (ok(bundled)) return { path: bundled, source: 'bundled', tried: [bundled] };
  tried.push(bundled);
  const found = onPath(input, ok, tried);
  if (found) return { path: found, source: 'path', tried: [...tried, found] };
  if (home) {
    const cargo = path.join(home, '.cargo', 'bin', exeNames(input.platform)[0]);
    tried.push(cargo);
    if (ok(cargo)) return { path: cargo, source: 'path', tried };
  }
  return { tried };
}

/** `major.minor.patch` of a version string, or undefined. */
function core(v: string | undefined): string | undefined {
  return v?.match(/\d+\.\d+\.\d+/)?.[0];
}

/** A warning when the server's version is not the extension's, else undefined. */
export function versionMismatch(extension: string, server: string | undefined): string | undefined {
  const e = core(extension);
  const s = core(server);
  if (!s) return `isnad: the server did not report its version (the extension is ${extension}).`;
  if (e === s) return undefined;
  return (
    `isnad: the server is version ${s} but the extension is ${e}; update the one that is older. ` +
    `/ إسناد: إصدار الخادم ${s} وإصدار الإضافة ${e}؛ حدّث الأقدم منهما.`
  );
}

/** What to tell the user when no server was found: English, then Arabic, whatever VS Code's language. */
export function missingServerMessage(configured: string, tried: string[]): string {
  if (configured) {
    return (
      `isnad: no server program at "${configured}" (setting isnad.serverPath). Correct the setting, ` +
      `or clear it to use the server that comes inside the isnad .vsix for your system. ` +
      `/ إسناد: لا يوجد برنامج الخادم في "${configured}" (الإعداد isnad.serverPath). صحّح الإعداد، ` +
      `أو امسحه لاستعمال الخادم المرفق بملف ‎.vsix‎ الخاص بنظامك.`
    );
  }
  return (
    `isnad: the isnad server program was not found (looked in: ${tried.join(', ')}). ` +
    `Install the isnad extension file for your system (isnad-linux-x64.vsix or isnad-win32-x64.vsix: ` +
    `it contains the server), or install the isnad program and set isnad.serverPath to it. ` +
    `/ إسناد: لم يُعثر على برنامج خادم isnad. ثبّت ملف الإضافة الخاص بنظامك ` +
    `(isnad-linux-x64.vsix أو isnad-win32-x64.vsix، وفيه الخادم)، أو ثبّت برنامج isnad ` +
    `واكتب مساره في الإعداد isnad.serverPath.`
  );
}

export const SOURCE_LABEL: Record<ServerSource, string> = {
  setting: 'from the isnad.serverPath setting',
  bundled: 'bundled with the extension',
  path: 'found on PATH',
};
