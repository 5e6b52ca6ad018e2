// The status bar item: the active dossier's status, coloured when it is invalid or empty; a click picks a status.
import * as vscode from 'vscode';
import { ResponseError, State, type LanguageClient } from 'vscode-languageclient/node';
import { DocumentInfoRequest, type DocumentInfoResult } from './protocol';
import { statusBarView } from './statusText';

const METHOD_NOT_FOUND = -32601;
const BACKGROUNDS = { error: 'statusBarItem.errorBackground', warning: 'statusBarItem.warningBackground' } as const;

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  private request = 0;
  private unsupported = false;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly output: vscode.LogOutputChannel, command: string) {
    this.item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 100);
    this.item.name = 'Dossier Status';
    this.item.command = command;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(50)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) {
          this.schedule(400);
        }
      }),
    ];
  }

  /** Refreshes after <paramref name="delayMs"/>; a newer call replaces an older one. */
  schedule(delayMs: number): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** Hides the item until the next refresh, e.g. while the server restarts; a new server may support it again. */
  hide(): void {
    this.item.hide();
    this.unsupported = false;
  }

  private async refresh(): Promise<void> {
    const request = ++this.request;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || document.languageId !== 'markdown' || !client || client.state !== State.Running || this.unsupported) {
      this.item.hide();
      return;
    }
    let info: DocumentInfoResult | undefined;
    try {
      info = await client.sendRequest(DocumentInfoRequest, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
    } catch (error) {
      if (error instanceof ResponseError && error.code === METHOD_NOT_FOUND) {
        this.unsupported = true;
        this.output.warn('The server does not support dossier/documentInfo; the status bar item stays hidden.');
      }
    }
    if (request !== this.request) {
      return; // A newer refresh has started.
    }
    const view = statusBarView(info);
    if (!view) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.background && new vscode.ThemeColor(BACKGROUNDS[view.background]);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
