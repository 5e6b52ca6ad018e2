// The server's custom requests and commands, as the client sees them.
import { RequestType } from 'vscode-languageclient';

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
