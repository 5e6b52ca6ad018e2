// The commands that need the server: New Dossier and Set Status.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { reportRequestError } from './errorUi';
import { newDossierFileName } from './naming';
import { DocumentInfoRequest, NewDossierRequest, SET_STATUS_COMMAND, type DocumentInfoResult, type NewDossierResult } from './protocol';

export interface CommandHost {
  /** The running client, or undefined after telling the user that the server is not running. */
  runningClient(): LanguageClient | undefined;
  output: vscode.LogOutputChannel;
  /** The status may have changed: refresh the status bar item soon. */
  statusChanged(): void;
}

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('dossier.newDossier', () => newDossier(host)),
    vscode.commands.registerCommand('dossier.setStatusPick', (uri?: vscode.Uri) => setStatusPick(host, uri)),
  ];
}

async function newDossier(host: CommandHost): Promise<void> {
  const client = host.runningClient();
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
  let created: NewDossierResult;
  try {
    created = await client.sendRequest(NewDossierRequest, { company, position });
  } catch (error) {
    reportRequestError(host.output, 'dossier/newDossier', error);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  let document: vscode.TextDocument;
  if (folder) {
    // The file is created empty, so its name is taken at once; the snippet then fills it, unsaved.
    const name = newDossierFileName(company, position, (n) => fs.existsSync(path.join(folder.uri.fsPath, n)));
    const uri = vscode.Uri.joinPath(folder.uri, name);
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    document = await vscode.workspace.openTextDocument(uri);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  }
  const editor = await vscode.window.showTextDocument(document);
  // Tab stops on the values still to fill; a server without snippets gives plain text.
  await editor.insertSnippet(created.snippet !== undefined ? new vscode.SnippetString(created.snippet) : new vscode.SnippetString().appendText(created.text));
}

/** Sets the status of the dossier at `target` (a title lens's), else of the active editor's. */
async function setStatusPick(host: CommandHost, target?: vscode.Uri): Promise<void> {
  const editor = target ? { document: await vscode.workspace.openTextDocument(target) } : vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a dossier to set its status.');
    return;
  }
  const client = host.runningClient();
  if (!client) {
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  let info: DocumentInfoResult;
  try {
    info = await client.sendRequest(DocumentInfoRequest, { textDocument: { uri } });
  } catch (error) {
    reportRequestError(host.output, 'dossier/documentInfo', error);
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
    reportRequestError(host.output, SET_STATUS_COMMAND, error);
    return;
  }
  host.statusChanged();
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
