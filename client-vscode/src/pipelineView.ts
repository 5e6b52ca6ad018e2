// "Dossier: Show Pipeline": the server's HTML report in a webview with a strict Content-Security-Policy (no script,
// only the report's own nonce-bearing style), refreshed when a Markdown file is saved or the index changes.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportRequestError } from './errorUi';
import { PipelineReportRequest } from './protocol';
import { withPolicy } from './webviewPolicy';

export class PipelineView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined, private readonly output: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.commands.registerCommand('dossier.showPipeline', () => this.show()),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.languageId === 'markdown') {
          void this.render();
        }
      }),
    );
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      // No scripts and no local resources: the report is one self-contained page.
      this.panel = vscode.window.createWebviewPanel('dossier.pipeline', 'Job Search Pipeline', vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.disposables);
    }
    await this.render();
  }

  /** Re-renders an open panel; does nothing when none is open. */
  async render(): Promise<void> {
    const client = this.client();
    if (!this.panel || !client?.isRunning()) {
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    try {
      const { html } = await client.sendRequest(PipelineReportRequest, { styleNonce: nonce });
      if (this.panel) {
        this.panel.webview.html = withPolicy(html, nonce);
      }
    } catch (error) {
      reportRequestError(this.output, 'dossier/pipelineReport', error);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
