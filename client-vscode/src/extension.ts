// VS Code side of DossierLsp: starts `dossier lsp --stdio` and restarts it when asked. The client options, status
// bar, commands and error messages live in their own modules; everything decidable without VS Code is in pure ones.
import * as vscode from 'vscode';
import { LanguageClient, State, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, SECTION } from './clientOptions';
import { registerCommands } from './commands';
import { messageOf, openServerPathSetting, showNotRunning, showServerError } from './errorUi';
import { nodeResolutionHost } from './nodeHost';
import { RestartPolicy } from './restartPolicy';
import { describeAttempts, resolveServer, SERVER_ARGS, type Attempt } from './serverResolution';
import { ServerProcess } from './serverProcess';
import { JobSearchView } from './jobSearchView';
import { PipelineView } from './pipelineView';
import { StatusBar } from './statusBar';

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
  private readonly statusBar: StatusBar;
  private readonly jobSearch: JobSearchView;
  private readonly pipeline: PipelineView;
  private readonly process: ServerProcess;
  private readonly policy = new RestartPolicy();
  private readonly disposables: vscode.Disposable[] = [];
  /** True once the current client has reached State.Running. */
  private running = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Dossier', { log: true });
    this.process = new ServerProcess((line) => this.output.info(line));
    this.statusBar = new StatusBar(() => this.client, this.output, 'dossier.setStatusPick');
    this.jobSearch = new JobSearchView(() => this.client, this.output);
    this.pipeline = new PipelineView(() => this.client, this.output);
    this.disposables.push(
      this.output,
      this.statusBar,
      this.jobSearch,
      this.pipeline,
      ...registerCommands({
        runningClient: () => this.runningClient(),
        output: this.output,
        statusChanged: () => this.statusBar.schedule(100),
      }),
      vscode.commands.registerCommand('dossier.restartServer', () => this.restart()),
      vscode.commands.registerCommand('dossier.showOutput', () => this.output.show(true)),
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
      void showServerError(this.context, 'No Dossier language server found: the bundled server is missing and `dossier` is not on PATH.');
      return;
    }
    this.warnIfSettingSkipped(resolution.attempts, resolution.command);

    const command = resolution.command;
    const serverOptions: ServerOptions = async () => this.process.spawn(command, SERVER_ARGS, firstFileWorkspaceFolder());
    const client = new DossierLanguageClient(SECTION, 'Dossier Language Server', serverOptions, clientOptions({
      output: this.output,
      policy: this.policy,
      hasRun: () => this.running,
      client: () => this.client,
      settingsPushed: () => this.statusBar.schedule(200),
    }));
    this.client = client;
    this.running = false;
    this.policy.reset();
    this.disposables.push(client.onDidChangeState((e) => {
      if (client !== this.client) {
        return;
      }
      if (e.newState === State.Running) {
        this.running = true;
        this.statusBar.schedule(0);
        this.jobSearch.attach(client);
        void this.pipeline.render();
      } else {
        this.statusBar.hide();
      }
    }));
    this.output.info(`Starting ${command} ${SERVER_ARGS.join(' ')}`);
    try {
      await client.start();
    } catch (error) {
      // A server that closed its output is going: its exit event names how it ended.
      const ended = await this.process.howItEnded();
      const why = ended ? `it ${ended} before answering` : messageOf(error);
      this.output.error(`The server did not start: ${messageOf(error)}`);
      this.client = undefined;
      await this.stopClient(client);
      void showServerError(this.context,
        `The Dossier language server did not start: ${why} (${command} ${SERVER_ARGS.join(' ')}). See the Dossier output.`);
      return;
    } finally {
      client.starting = false;
    }
    this.statusBar.schedule(0);
  }

  private warnIfSettingSkipped(attempts: readonly Attempt[], used: string): void {
    const setting = attempts.find((a) => a.source === 'setting');
    if (setting && !setting.found && setting.detail !== 'not set') {
      void vscode.window.showWarningMessage(`dossier.server.path: ${setting.detail}. Using ${used} instead.`, 'Open Setting')
        .then((choice) => choice && openServerPathSetting());
    }
  }

  private async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.statusBar.hide();
    if (old) {
      await this.stopClient(old);
    }
    await this.start();
  }

  /** Stops the client, then ends the server process if the exit notification did not. */
  private async stopClient(client: LanguageClient): Promise<void> {
    try {
      if (client.isRunning()) {
        await client.stop(2000);
      }
    } catch (error) {
      this.output.warn(`Stopping the server: ${messageOf(error)}`);
    }
    await client.dispose().catch(() => undefined);
    this.process.kill();
  }

  private runningClient(): LanguageClient | undefined {
    if (this.client?.state === State.Running) {
      return this.client;
    }
    showNotRunning(this.output, () => this.restart());
    return undefined;
  }

  async dispose(): Promise<void> {
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
