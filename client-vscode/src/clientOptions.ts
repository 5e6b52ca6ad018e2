// The language client's options: which documents, the restart policy, and the middleware that
// answers the server's settings requests with the mapped `dossier` section.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ResponseError,
  RevealOutputChannelOn,
  type LanguageClient,
  type LanguageClientOptions,
} from 'vscode-languageclient/node';
import { CHANGE_MINIMUM_COMMAND } from './commands';
import { messageOf } from './errorUi';
import { SALARY_MINIMUM_RULES, SET_STATUS_COMMAND } from './protocol';
import type { RestartPolicy } from './restartPolicy';
import { toServerConfiguration, type ServerConfiguration } from './settings';

export const SECTION = 'dossier';

export interface ClientOptionsHost {
  output: vscode.LogOutputChannel;
  policy: RestartPolicy;
  /** Whether the current client ever reached the running state. */
  hasRun(): boolean;
  client(): LanguageClient | undefined;
  /** Settings were pushed to the server. */
  settingsPushed(): void;
}

/** The file DOSSIER_PROFILE names, when it is an absolute path (a relative one is the server's business). */
function profileVariableFile(): { scheme: string; pattern: string }[] {
  const named = process.env.DOSSIER_PROFILE;
  return named && path.isAbsolute(named) ? [{ scheme: 'file', pattern: named.replace(/\\/g, '/') }] : [];
}

export function clientOptions(host: ClientOptionsHost): LanguageClientOptions {
  const settings = new SettingsForServer(host.output);
  return {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Whatever language VS Code gives it (YAML, or plain text without a YAML grammar): the server completes,
      // documents and fixes the config's keys itself, so no YAML extension is needed.
      { scheme: 'file', pattern: '**/dossier.config.yaml' },
      // The profile files the server reads (docs/CONFIG.md); it decides which is one, by the same environment.
      { scheme: 'file', pattern: '**/dossier/profile.yaml' },
      ...profileVariableFile(),
    ],
    synchronize: {
      configurationSection: SECTION,
      // No file watchers here: the server registers the one set it needs (dossiers, configs, schemas), so a change
      // is never reported twice.
    },
    outputChannel: host.output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: (error) => {
      host.output.error(`Initialization failed: ${messageOf(error)}`);
      return false;
    },
    errorHandler: {
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const decision = host.policy.onClosed(Date.now(), host.hasRun());
        if (decision.restart) {
          host.output.warn('The server stopped; restarting it.');
          return { action: CloseAction.Restart };
        }
        return decision.message === undefined
          ? { action: CloseAction.DoNotRestart, handled: true }
          : { action: CloseAction.DoNotRestart, message: decision.message };
      },
    },
    middleware: {
      // One outline: VS Code's own Markdown outline (headings, also for files that are not dossiers) stays; the
      // server's outline, which adds the fields, would appear beside it and make the breadcrumbs switch between
      // the two. Other editors, which have no Markdown outline of their own, get the server's.
      provideDocumentSymbols: () => [],
      // VS Code can change a setting, which no other editor can: the salary findings also get "Change the minimum…".
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = (await next(document, range, context, token)) ?? [];
        const salary = context.diagnostics.filter((d) => d.source === SECTION && SALARY_MINIMUM_RULES.includes(String(typeof d.code === 'object' ? d.code.value : d.code)));
        if (salary.length === 0 || (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only))) {
          return actions;
        }
        const change = new vscode.CodeAction('Change the minimum salary…', vscode.CodeActionKind.QuickFix);
        change.command = { title: change.title, command: CHANGE_MINIMUM_COMMAND };
        change.diagnostics = salary;
        return [...actions, change];
      },
      // Read on every request, so turning the setting off takes effect at once.
      provideInlayHints: (document, range, token, next) =>
        vscode.workspace.getConfiguration(SECTION, document).get<boolean>('inlayHints.enabled', true) ? next(document, range, token) : [],
      // A title lens's "set status" without a status: VS Code's quick pick instead of the server's generic question.
      executeCommand: async (command, args, next) =>
        command === SET_STATUS_COMMAND && args.length === 1 && typeof args[0] === 'string'
          ? vscode.commands.executeCommand('dossier.setStatusPick', vscode.Uri.parse(args[0]))
          : next(command, args),
      workspace: {
        // Pull: answer section `dossier` with the mapped object; other sections as VS Code has them.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (answers instanceof ResponseError || !Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) => item.section === SECTION
            ? settings.read(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
            : answers[i]);
        },
        // Push: send the same mapped object instead of the raw settings tree.
        didChangeConfiguration: async (sections, next) => {
          const client = host.client();
          if (client === undefined || !(sections ?? []).includes(SECTION)) {
            return next(sections);
          }
          await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: settings.read(undefined) } });
          host.settingsPushed();
        },
      },
    },
  };
}

/** The `dossier` settings in the server's shape; settings it had to drop are logged once per change. */
class SettingsForServer {
  private lastProblems = '';

  constructor(private readonly output: vscode.LogOutputChannel) {}

  read(scope: vscode.Uri | undefined): ServerConfiguration {
    const settings = vscode.workspace.getConfiguration(SECTION, scope);
    const { configuration, problems } = toServerConfiguration({
      profile: settings.get('profile'),
      rules: settings.get('rules'),
      trace: settings.get('trace'),
    });
    const joined = problems.join('\n');
    if (joined !== this.lastProblems) {
      this.lastProblems = joined;
      problems.forEach((p) => this.output.warn(p));
    }
    return configuration;
  }
}
