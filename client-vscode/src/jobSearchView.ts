// The "Job Search" view in the Explorer: every dossier of the workspace grouped by status, fed by the server's
// dossier/index and refreshed when the server says the index changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { dossierDescription, followUpsDue, groupByStatus, type StatusGroup } from './jobSearchModel';
import { DossierIndexRequest, IndexChangedNotification, type IndexedDossier } from './protocol';

type Node = StatusGroup | IndexedDossier;

export const JOB_SEARCH_VIEW = 'dossier.jobSearch';

export class JobSearchView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private groups: StatusGroup[] = [];
  private indexing = false;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly output: vscode.LogOutputChannel) {
    this.view = vscode.window.createTreeView(JOB_SEARCH_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.changed, vscode.commands.registerCommand('dossier.refreshJobSearch', () => this.refresh()));
  }

  /** Called once a client runs: loads the index and follows its changes. */
  attach(client: LanguageClient): void {
    this.disposables.push(client.onNotification(IndexChangedNotification, () => void this.refresh()));
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) {
      return;
    }
    try {
      const index = await client.sendRequest(DossierIndexRequest, {});
      this.groups = groupByStatus(index.dossiers);
      this.indexing = index.indexing;
      const due = followUpsDue(index.dossiers);
      this.view.badge = due > 0 ? { value: due, tooltip: `${due} follow-up${due === 1 ? '' : 's'} due` } : undefined;
      this.view.message = index.indexing ? 'Indexing dossiers…' : index.dossiers.length === 0 ? 'No dossiers in this workspace.' : undefined;
    } catch (error) {
      this.output.warn(`dossier/index failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (node === undefined) {
      return this.groups;
    }
    return isGroup(node) ? node.dossiers : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (isGroup(node)) {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.description;
      item.contextValue = 'dossierStatus';
      return item;
    }
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
    item.resourceUri = vscode.Uri.parse(node.uri);
    item.description = dossierDescription(node);
    item.tooltip = `${node.name}\n${node.status ?? 'no status'}${node.applicationDate ? ` · applied ${node.applicationDate}` : ''}`;
    item.iconPath = new vscode.ThemeIcon(node.followUpDue ? 'bell-dot' : node.errors > 0 ? 'error' : 'file');
    item.command = { command: 'vscode.open', title: 'Open Dossier', arguments: [item.resourceUri] };
    item.contextValue = 'dossier';
    return item;
  }

  get isIndexing(): boolean {
    return this.indexing;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function isGroup(node: Node): node is StatusGroup {
  return 'dossiers' in node;
}
