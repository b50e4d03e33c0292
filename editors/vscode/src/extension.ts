// isnad for VS Code: starts `isnad lsp` and adds a few commands around it.
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
  ExecuteCommandRequest,
  State,
} from 'vscode-languageclient/node';
import { missingServerMessage, prepareBundled, resolveServer, Resolved, SOURCE_LABEL, versionMismatch } from './server';

export const CODES = [
  'unsourced-claim',
  'vague-source',
  'unattributed-quote',
  'loaded-verb',
  'inconsistent-spelling',
  'foreign-letter',
] as const;
type Code = (typeof CODES)[number];
type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

const DEFAULT_SEVERITY: Record<Code, SeverityName> = {
  'unsourced-claim': 'warning',
  'vague-source': 'information',
  'unattributed-quote': 'warning',
  'loaded-verb': 'information',
  'inconsistent-spelling': 'information',
  'foreign-letter': 'warning',
};

const INSTALL_URL = 'https://github.com/isnad/isnad#install-for-journalists-no-programming-tools-needed';

export interface Entity {
  name: string;
  type: string;
  id?: string;
  line: number;
  character: number;
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;

/** The `isnad` section as the server expects it (initializationOptions and didChangeConfiguration). */
export function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('isnad');
  const severity: Record<string, string> = {};
  for (const code of CODES) {
    severity[code] = c.get<string>(`severity.${code}`, DEFAULT_SEVERITY[code]);
  }
  return {
    severity,
    debounceMs: c.get<number>('debounceMs', 50),
    knowledgeBase: { paths: c.get<string[]>('knowledgeBase.paths', []) },
    minArabicShare: c.get<number>('minArabicShare', 0.3),
    inlayHints: {
      enable: c.get<boolean>('inlayHints.enable', true),
      sources: c.get<boolean>('inlayHints.sources', true),
      figures: c.get<boolean>('inlayHints.figures', true),
    },
  };
}

/** `isnad.serverPath`, or the older name `isnad.server.path`; '' when neither is set. */
function configuredServerPath(): string {
  const c = vscode.workspace.getConfiguration('isnad');
  return (c.get<string>('serverPath', '') || c.get<string>('server.path', '')).trim();
}

/** Finds the server: `isnad.serverPath`, the bundled binary, `isnad` on PATH (see server.ts). */
export function findServer(extensionPath: string): Resolved {
  prepareBundled(extensionPath, process.platform);
  return resolveServer({
    configured: configuredServerPath(),
    extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    env: process.env,
    platform: process.platform,
  });
}

async function reportMissingServer(tried: string[]): Promise<void> {
  const msg = missingServerMessage(configuredServerPath(), tried);
  output.appendLine(msg);
  setStatus('$(error) isnad', msg);
  const openSettings = vscode.l10n.t('Set isnad.serverPath');
  const howTo = vscode.l10n.t('How to install');
  const choice = await vscode.window.showErrorMessage(msg, openSettings, howTo);
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'isnad.serverPath');
  } else if (choice === howTo) {
    await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
  }
}

function setStatus(text: string, tooltip: string): void {
  status.text = text;
  status.tooltip = tooltip;
  status.show();
}

/** Says which server runs (output channel, status bar) and warns on a version mismatch. */
function reportRunning(context: vscode.ExtensionContext, found: Resolved, startedMs: number): void {
  const ext = String(context.extension.packageJSON.version ?? '?');
  const server = client?.initializeResult?.serverInfo?.version;
  const where = found.source ? SOURCE_LABEL[found.source] : '';
  output.appendLine(`isnad: server ${server ?? '(version unknown)'} running: ${found.path} (${where}); extension ${ext}; ready in ${startedMs} ms`);
  setStatus(`$(check) isnad ${server ?? '?'}`, `isnad ${server ?? '?'}: ${found.path} (${where})`);
  const mismatch = versionMismatch(ext, server);
  if (mismatch) {
    output.appendLine(mismatch);
    status.text = `$(warning) isnad ${server ?? '?'}`;
    void vscode.window.showWarningMessage(mismatch);
  }
}

function severityOf(name: string | undefined): vscode.DiagnosticSeverity | null | undefined {
  switch (name) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    case 'off': return null;
    default: return undefined;
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

/** Applies the severity settings on the client too, so toggling a code takes effect at once. */
function applySeverities(diags: vscode.Diagnostic[]): vscode.Diagnostic[] {
  const c = vscode.workspace.getConfiguration('isnad');
  const out: vscode.Diagnostic[] = [];
  for (const d of diags) {
    const code = codeOf(d);
    if (code && (CODES as readonly string[]).includes(code)) {
      const s = severityOf(c.get<string>(`severity.${code}`));
      if (s === null) continue;
      if (s !== undefined) d.severity = s;
    }
    out.push(d);
  }
  return out;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const t0 = Date.now();
  const found = findServer(context.extensionPath);
  if (!found.path) {
    await reportMissingServer(found.tried);
    return;
  }
  output.appendLine(`isnad: starting ${found.path} lsp`);
  const serverOptions: ServerOptions = {
    command: found.path,
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverSettings(),
    synchronize: { configurationSection: 'isnad' },
    outputChannel: output,
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, applySeverities(diagnostics));
      },
      workspace: {
        // Answer workspace/configuration pulls with the same shape as initializationOptions.
        configuration: async (params, token, next) => {
          const res = (await next(params, token)) as unknown[];
          if (!Array.isArray(res)) return res;
          return params.items.map((item, i) =>
            item.section === 'isnad' || item.section === undefined ? serverSettings() : res[i],
          );
        },
      },
    },
  };
  client = new LanguageClient('isnad', 'isnad', serverOptions, clientOptions);
  try {
    await client.start();
    reportRunning(context, found, Date.now() - t0);
  } catch (e) {
    const msg = vscode.l10n.t('isnad: the server {0} failed to start: {1}', found.path, String(e));
    output.appendLine(msg);
    setStatus('$(error) isnad', msg);
    void vscode.window.showErrorMessage(msg);
  }
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

async function listEntities(uri: vscode.Uri): Promise<Entity[]> {
  if (!client || client.state !== State.Running) {
    throw new Error(vscode.l10n.t('isnad: the server is not running.'));
  }
  const res = await client.sendRequest(ExecuteCommandRequest.type, {
    command: 'isnad.listEntities',
    arguments: [uri.toString()],
  });
  return Array.isArray(res) ? (res as Entity[]) : [];
}

const TYPE_NAME_AR: Record<string, string> = {
  person: 'شخص',
  organization: 'منظمة',
  organisation: 'منظمة',
  location: 'مكان',
  place: 'مكان',
};

const TYPE_LABEL: Record<string, string> = {
  person: '$(person)',
  organization: '$(organization)',
  organisation: '$(organization)',
  location: '$(location)',
  place: '$(location)',
};

async function showEntities(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('isnad: open an article first.'));
    return;
  }
  let entities: Entity[];
  try {
    entities = await listEntities(editor.document.uri);
  } catch (e) {
    void vscode.window.showErrorMessage(String(e instanceof Error ? e.message : e));
    return;
  }
  if (entities.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('isnad: no people, organisations or places found in this article.'));
    return;
  }
  type Item = vscode.QuickPickItem & { entity: Entity };
  const items: Item[] = entities.map((e) => ({
    label: `${TYPE_LABEL[e.type] ?? '$(symbol-misc)'} ${e.name}`,
    description: TYPE_NAME_AR[e.type] ? `${TYPE_NAME_AR[e.type]} · ${e.type}` : e.type,
    detail: `${e.line + 1}:${e.character + 1}${e.id ? '  ·  ' + e.id : ''}`,
    entity: e,
  }));
  const pick = vscode.window.createQuickPick<Item>();
  pick.items = items;
  pick.matchOnDescription = true;
  pick.placeholder = vscode.l10n.t('People, organisations and places in this article');
  const reveal = (e: Entity, preserveFocus: boolean) => {
    const pos = new vscode.Position(e.line, e.character);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (!preserveFocus) void vscode.window.showTextDocument(editor.document, editor.viewColumn);
  };
  pick.onDidChangeActive((a) => a[0] && reveal(a[0].entity, true));
  pick.onDidAccept(() => {
    const sel = pick.selectedItems[0];
    pick.hide();
    if (sel) reveal(sel.entity, false);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

async function toggleCode(code?: string): Promise<void> {
  const c = vscode.workspace.getConfiguration('isnad');
  if (!code) {
    const picked = await vscode.window.showQuickPick(
      CODES.map((k) => ({ label: k, description: c.get<string>(`severity.${k}`, DEFAULT_SEVERITY[k]) })),
      { placeHolder: vscode.l10n.t('Which check to turn on or off?') },
    );
    if (!picked) return;
    code = picked.label;
  }
  if (!(CODES as readonly string[]).includes(code)) return;
  const key = `severity.${code}`;
  const current = c.get<string>(key, DEFAULT_SEVERITY[code as Code]);
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  if (current === 'off') {
    await c.update(key, undefined, target);
    const now = vscode.workspace.getConfiguration('isnad').get<string>(key);
    if (now === 'off') await c.update(key, DEFAULT_SEVERITY[code as Code], target);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('isnad: {0} on', code), 3000);
  } else {
    await c.update(key, 'off', target);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('isnad: {0} off', code), 3000);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<unknown> {
  const t0 = Date.now();
  output = vscode.window.createOutputChannel('isnad');
  status = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'isnad';
  status.command = 'isnad.showOutput';
  context.subscriptions.push(output, status);
  context.subscriptions.push(
    vscode.commands.registerCommand('isnad.restartServer', async () => {
      if (client) {
        try {
          await client.stop();
        } catch {
          /* already stopped */
        }
        client = undefined;
      }
      await startClient(context);
    }),
    vscode.commands.registerCommand('isnad.showEntities', showEntities),
    vscode.commands.registerCommand('isnad.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('isnad.toggleCode', toggleCode),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('isnad.serverPath') || e.affectsConfiguration('isnad.server.path')) {
        await vscode.commands.executeCommand('isnad.restartServer');
      } else if (e.affectsConfiguration('isnad.severity') && client) {
        // Re-apply client-side severities at once; the server re-publishes too.
        const coll = client.diagnostics;
        coll?.forEach((uri, diags) => coll.set(uri, applySeverities([...diags])));
      }
    }),
  );
  await startClient(context);
  output.appendLine(`isnad: activated in ${Date.now() - t0} ms`);
  // An API for tests and other extensions.
  return { listEntities, serverSettings, get client() { return client; } };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
