// VS Code side of DossierLsp: starts `dossier lsp --stdio`, forwards settings, and adds the commands
// and status bar item. Everything that can be decided without VS Code lives in the pure modules.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  ResponseError,
  RevealOutputChannelOn,
  State,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { newDossierFileName } from './naming';
import { nodeResolutionHost } from './nodeHost';
import { DocumentInfoRequest, NewDossierRequest, SET_STATUS_COMMAND, type DocumentInfoResult } from './protocol';
import { describeAttempts, resolveServer, SERVER_ARGS, type Attempt } from './serverResolution';
import { toServerConfiguration, type ServerConfiguration } from './settings';
import { statusBarView } from './statusText';

const SECTION = 'dossier';
const DOCS_ANCHOR = 'troubleshooting';
const METHOD_NOT_FOUND = -32601;

let controller: DossierController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  controller = new DossierController(context);
  await controller.start();
}

/** Returns the stop promise so VS Code waits for the server to shut down. */
export function deactivate(): Promise<void> | undefined {
  const c = controller;
  controller = undefined;
  return c?.dispose();
}

class DossierController {
  private client: DossierLanguageClient | undefined;
  private readonly output: vscode.LogOutputChannel;
  private readonly statusItem: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private statusTimer: NodeJS.Timeout | undefined;
  private statusRequest = 0;
  private lastConfigProblems = '';
  private documentInfoUnsupported = false;
  /** True once the current client has reached State.Running. */
  private running = false;
  private crashes: number[] = [];
  private serverProcess: ChildProcess | undefined;
  /** How the last server process ended, e.g. "exited with code 1". */
  private serverEnd: string | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Dossier', { log: true });
    this.statusItem = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 100);
    this.statusItem.name = 'Dossier Status';
    this.statusItem.command = 'dossier.setStatusPick';
    this.disposables.push(
      this.output,
      this.statusItem,
      vscode.commands.registerCommand('dossier.newDossier', () => this.newDossier()),
      vscode.commands.registerCommand('dossier.setStatusPick', () => this.setStatusPick()),
      vscode.commands.registerCommand('dossier.restartServer', () => this.restart()),
      vscode.commands.registerCommand('dossier.showOutput', () => this.output.show(true)),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleStatusRefresh(50)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) {
          this.scheduleStatusRefresh(400);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.server.path')) {
          this.output.info('dossier.server.path changed; restarting the server');
          void this.restart();
        }
      }),
    );
  }

  async start(): Promise<void> {
    const resolution = resolveServer(
      {
        settingPath: vscode.workspace.getConfiguration(SECTION).get<string>('server.path'),
        extensionPath: this.context.extensionPath,
        workspaceFolder: firstFileWorkspaceFolder(),
      },
      nodeResolutionHost(),
    );
    this.output.info('Looking for the Dossier language server:');
    describeAttempts(resolution.attempts).forEach((line) => this.output.info(line));
    if (!resolution.ok) {
      this.output.error('No Dossier language server found. Set dossier.server.path or put dossier on PATH.');
      void this.showServerError('No Dossier language server found: the bundled server is missing and `dossier` is not on PATH.');
      return;
    }
    this.warnIfSettingSkipped(resolution.attempts, resolution.command);

    // Spawned here rather than by the library so a failed start can say how the process ended.
    const command = resolution.command;
    const serverOptions: ServerOptions = async () => {
      const child = spawn(command, [...SERVER_ARGS], { stdio: 'pipe', cwd: firstFileWorkspaceFolder() });
      this.serverProcess = child;
      this.serverEnd = undefined;
      child.on('error', (e) => { this.serverEnd = `could not be run: ${e.message}`; });
      child.on('exit', (code, signal) => {
        this.serverEnd = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
        this.output.info(`The server process ${this.serverEnd}.`);
      });
      return child;
    };
    const client = new DossierLanguageClient(SECTION, 'Dossier Language Server', serverOptions, this.clientOptions());
    this.client = client;
    this.running = false;
    this.crashes = [];
    this.disposables.push(client.onDidChangeState((e) => {
      if (client !== this.client) {
        return;
      }
      if (e.newState === State.Running) {
        this.running = true;
        this.scheduleStatusRefresh(0);
      } else {
        this.statusItem.hide();
      }
    }));
    this.output.info(`Starting ${resolution.command} ${SERVER_ARGS.join(' ')}`);
    try {
      await client.start();
    } catch (error) {
      // Let the process's exit event land so the message can name it.
      await new Promise((r) => setTimeout(r, 200));
      const why = this.serverEnd ? `it ${this.serverEnd} before answering` : messageOf(error);
      this.output.error(`The server did not start: ${messageOf(error)}`);
      this.client = undefined;
      await this.stopClient(client);
      void this.showServerError(
        `The Dossier language server did not start: ${why} (${command} ${SERVER_ARGS.join(' ')}). See the Dossier output.`);
      return;
    } finally {
      client.starting = false;
    }
    this.scheduleStatusRefresh(0);
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
      ],
      synchronize: {
        configurationSection: SECTION,
        // The server re-reads configuration and schemas when these change on disk.
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/dossier.config.yaml'),
          vscode.workspace.createFileSystemWatcher('**/*.dossier-schema.yaml'),
          vscode.workspace.createFileSystemWatcher('**/schemas/*.yaml'),
        ],
      },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (error) => {
        this.output.error(`Initialization failed: ${messageOf(error)}`);
        return false;
      },
      errorHandler: {
        error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => {
          // A server that never got going is reported once by start(); restarting it would only repeat the failure.
          if (!this.running) {
            return { action: CloseAction.DoNotRestart, handled: true };
          }
          const now = Date.now();
          this.crashes = [...this.crashes.filter((t) => now - t < 3 * 60_000), now];
          if (this.crashes.length > 4) {
            return {
              action: CloseAction.DoNotRestart,
              message: 'The Dossier language server stopped 5 times in 3 minutes and will not be restarted. Run "Dossier: Restart Server" after fixing the cause (see "Dossier: Show Output").',
            };
          }
          this.output.warn('The server stopped; restarting it.');
          return { action: CloseAction.Restart };
        },
      },
      middleware: {
        workspace: {
          // Pull: answer section `dossier` with the mapped object; other sections as VS Code has them.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (answers instanceof ResponseError || !Array.isArray(answers)) {
              return answers;
            }
            return params.items.map((item, i) => item.section === SECTION
              ? this.serverConfiguration(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i]);
          },
          // Push: send the same mapped object instead of the raw settings tree.
          didChangeConfiguration: async (sections, next) => {
            if (this.client === undefined || !(sections ?? []).includes(SECTION)) {
              return next(sections);
            }
            await this.client.sendNotification(DidChangeConfigurationNotification.type, {
              settings: { [SECTION]: this.serverConfiguration(undefined) },
            });
            this.scheduleStatusRefresh(200);
          },
        },
      },
    };
  }

  private serverConfiguration(scope: vscode.Uri | undefined): ServerConfiguration {
    const settings = vscode.workspace.getConfiguration(SECTION, scope);
    const { configuration, problems } = toServerConfiguration({
      profile: settings.get('profile'),
      rules: settings.get('rules'),
      trace: settings.get('trace'),
    });
    const joined = problems.join('\n');
    if (joined !== this.lastConfigProblems) {
      this.lastConfigProblems = joined;
      problems.forEach((p) => this.output.warn(p));
    }
    return configuration;
  }

  private warnIfSettingSkipped(attempts: readonly Attempt[], used: string): void {
    const setting = attempts.find((a) => a.source === 'setting');
    if (setting && !setting.found && setting.detail !== 'not set') {
      void vscode.window.showWarningMessage(`dossier.server.path: ${setting.detail}. Using ${used} instead.`, 'Open Setting')
        .then((choice) => choice && openServerPathSetting());
    }
  }

  private async showServerError(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Open Setting', 'Open Docs');
    if (choice === 'Open Setting') {
      await openServerPathSetting();
    } else if (choice === 'Open Docs') {
      // vsce stores the README as readme.md.
      const name = ['README.md', 'readme.md'].find((n) => fs.existsSync(path.join(this.context.extensionPath, n))) ?? 'README.md';
      const readme = vscode.Uri.joinPath(this.context.extensionUri, name).with({ fragment: DOCS_ANCHOR });
      await vscode.commands.executeCommand('markdown.showPreview', readme);
    }
  }

  private async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.statusItem.hide();
    if (old) {
      await this.stopClient(old);
    }
    this.documentInfoUnsupported = false;
    await this.start();
  }

  /** Stops the client, then ends the server process if the exit notification did not. */
  private async stopClient(client: LanguageClient): Promise<void> {
    const process = this.serverProcess;
    try {
      if (client.isRunning()) {
        await client.stop(2000);
      }
    } catch (error) {
      this.output.warn(`Stopping the server: ${messageOf(error)}`);
    }
    await client.dispose().catch(() => undefined);
    if (process && process.exitCode === null && process.signalCode === null) {
      process.kill();
    }
  }

  private runningClient(): LanguageClient | undefined {
    if (this.client?.state === State.Running) {
      return this.client;
    }
    void vscode.window.showErrorMessage('The Dossier language server is not running.', 'Show Output', 'Restart Server')
      .then((choice) => {
        if (choice === 'Show Output') {
          this.output.show(true);
        } else if (choice === 'Restart Server') {
          void this.restart();
        }
      });
    return undefined;
  }

  private async newDossier(): Promise<void> {
    const client = this.runningClient();
    if (!client) {
      return;
    }
    const company = await askText('New Dossier (1/2)', 'Company', 'Acme Corp');
    if (company === undefined) {
      return;
    }
    const position = await askText('New Dossier (2/2)', 'Position', 'Staff Engineer');
    if (position === undefined) {
      return;
    }
    let text: string;
    try {
      ({ text } = await client.sendRequest(NewDossierRequest, { company, position }));
    } catch (error) {
      this.reportRequestError('dossier/newDossier', error);
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    let document: vscode.TextDocument;
    if (folder) {
      const name = newDossierFileName(company, position, (n) => fs.existsSync(path.join(folder.uri.fsPath, n)));
      const uri = vscode.Uri.joinPath(folder.uri, name);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
      document = await vscode.workspace.openTextDocument(uri);
    } else {
      document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    }
    await vscode.window.showTextDocument(document);
  }

  private async setStatusPick(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a dossier to set its status.');
      return;
    }
    const client = this.runningClient();
    if (!client) {
      return;
    }
    const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
    let info: DocumentInfoResult;
    try {
      info = await client.sendRequest(DocumentInfoRequest, { textDocument: { uri } });
    } catch (error) {
      this.reportRequestError('dossier/documentInfo', error);
      return;
    }
    if (!info.isDossier) {
      void vscode.window.showInformationMessage(`${path.basename(editor.document.fileName)} is not a dossier.`);
      return;
    }
    const items: vscode.QuickPickItem[] = (info.statuses ?? []).map((s) => ({
      label: s.value,
      description: s.value === info.status ? `(current) ${s.description ?? ''}`.trim() : s.description,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Dossier: Set Status',
      placeHolder: info.status ? `Current status: ${info.status}` : 'Choose the application status',
      matchOnDescription: true,
    });
    if (!picked) {
      return;
    }
    try {
      await client.sendRequest(ExecuteCommandRequest.type, { command: SET_STATUS_COMMAND, arguments: [uri, picked.label] });
    } catch (error) {
      this.reportRequestError(SET_STATUS_COMMAND, error);
      return;
    }
    this.scheduleStatusRefresh(100);
  }

  private scheduleStatusRefresh(delayMs: number): void {
    if (this.statusTimer) {
      clearTimeout(this.statusTimer);
    }
    this.statusTimer = setTimeout(() => void this.refreshStatus(), delayMs);
  }

  private async refreshStatus(): Promise<void> {
    const request = ++this.statusRequest;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client;
    if (!document || document.languageId !== 'markdown' || !client || client.state !== State.Running || this.documentInfoUnsupported) {
      this.statusItem.hide();
      return;
    }
    let info: DocumentInfoResult | undefined;
    try {
      info = await client.sendRequest(DocumentInfoRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
    } catch (error) {
      if (error instanceof ResponseError && error.code === METHOD_NOT_FOUND) {
        this.documentInfoUnsupported = true;
        this.output.warn('The server does not support dossier/documentInfo; the status bar item stays hidden.');
      }
      info = undefined;
    }
    if (request !== this.statusRequest) {
      return; // A newer refresh has started.
    }
    const view = statusBarView(info);
    if (view) {
      this.statusItem.text = view.text;
      this.statusItem.tooltip = view.tooltip;
      this.statusItem.show();
    } else {
      this.statusItem.hide();
    }
  }

  private reportRequestError(what: string, error: unknown): void {
    this.output.error(`${what} failed: ${messageOf(error)}`);
    void vscode.window.showErrorMessage(`Dossier: ${what} failed: ${messageOf(error)}`, 'Show Output')
      .then((choice) => choice && this.output.show(true));
  }

  async dispose(): Promise<void> {
    if (this.statusTimer) {
      clearTimeout(this.statusTimer);
    }
    this.disposables.forEach((d) => d.dispose());
    const client = this.client;
    this.client = undefined;
    if (client) {
      await this.stopClient(client);
    }
  }
}

/** Leaves a failed start to DossierController's single notification instead of adding the library's own. */
class DossierLanguageClient extends LanguageClient {
  starting = true;

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = 'force'): void {
    super.error(message, data, this.starting ? false : showNotification);
  }
}

function firstFileWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
}

async function openServerPathSetting(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openSettings', 'dossier.server.path');
}

async function askText(title: string, prompt: string, placeHolder: string): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? `Enter the ${prompt.toLowerCase()}` : undefined),
  });
  return value?.trim();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
