// The extension's error messages: one toast per failure, each with the action that helps.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const DOCS_ANCHOR = 'troubleshooting';

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openServerPathSetting(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openSettings', 'dossier.server.path');
}

/** The server could not be found or did not start: offer the setting and the troubleshooting docs. */
export async function showServerError(context: vscode.ExtensionContext, message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Open Setting', 'Open Docs');
  if (choice === 'Open Setting') {
    await openServerPathSetting();
  } else if (choice === 'Open Docs') {
    // vsce stores the README as readme.md.
    const name = ['README.md', 'readme.md'].find((n) => fs.existsSync(path.join(context.extensionPath, n))) ?? 'README.md';
    const readme = vscode.Uri.joinPath(context.extensionUri, name).with({ fragment: DOCS_ANCHOR });
    await vscode.commands.executeCommand('markdown.showPreview', readme);
  }
}

/** A command needs the server, which is not running. */
export function showNotRunning(output: vscode.LogOutputChannel, restart: () => Promise<void>): void {
  void vscode.window.showErrorMessage('The Dossier language server is not running.', 'Show Output', 'Restart Server')
    .then((choice) => {
      if (choice === 'Show Output') {
        output.show(true);
      } else if (choice === 'Restart Server') {
        void restart();
      }
    });
}

export function reportRequestError(output: vscode.LogOutputChannel, what: string, error: unknown): void {
  output.error(`${what} failed: ${messageOf(error)}`);
  void vscode.window.showErrorMessage(`Dossier: ${what} failed: ${messageOf(error)}`, 'Show Output')
    .then((choice) => choice && output.show(true));
}
