// The server's custom requests and commands, as the client sees them.
import { NotificationType, RequestType } from 'vscode-languageclient';

export interface NewDossierParams {
  company: string;
  position: string;
}
export interface NewDossierResult {
  text: string;
  /** The same dossier as a snippet, with tab stops on the values to fill; absent from older servers. */
  snippet?: string;
}
export const NewDossierRequest = new RequestType<NewDossierParams, NewDossierResult, void>('dossier/newDossier');

export interface StatusOption {
  value: string;
  description?: string;
}
export interface DocumentInfoParams {
  textDocument: { uri: string };
}
export interface DocumentInfoResult {
  isDossier: boolean;
  status?: string | null;
  /** Absent from older servers (then the item is not coloured). */
  statusState?: 'valid' | 'empty' | 'miscased' | 'invalid';
  statuses?: StatusOption[];
}
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfoResult, void>('dossier/documentInfo');

/** Server command (workspace/executeCommand); arguments `[uri, status]`; the server answers with workspace/applyEdit. */
export const SET_STATUS_COMMAND = 'dossier.setStatus';

/** Server command; arguments `[uri]`; inserts a dated follow-up line in Notes (through workspace/applyEdit). */
export const ADD_FOLLOW_UP_COMMAND = 'dossier.addFollowUp';

/** One dossier of the workspace index, as the "Job Search" view shows it. */
export interface IndexedDossier {
  uri: string;
  name: string;
  company?: string | null;
  position?: string | null;
  status?: string | null;
  /** Place of the status in the schema's lifecycle; -1 when the status is unknown or missing. */
  statusOrder: number;
  applicationDate?: string | null;
  errors: number;
  warnings: number;
  followUpDue: boolean;
  stale: boolean;
}
export interface DossierIndexResult {
  dossiers: IndexedDossier[];
  /** True while the server is still reading the workspace. */
  indexing: boolean;
}
export const DossierIndexRequest = new RequestType<Record<string, never>, DossierIndexResult, void>('dossier/index');
/** Sent by the server, once the client has asked for dossier/index, whenever the index changed. */
export const IndexChangedNotification = new NotificationType<Record<string, never>>('dossier/indexChanged');

export interface PipelineReportParams {
  /** Put on the report's style element, so a strict Content-Security-Policy can allow it and nothing else. */
  styleNonce: string;
}
export const PipelineReportRequest = new RequestType<PipelineReportParams, { html: string }, void>('dossier/pipelineReport');
