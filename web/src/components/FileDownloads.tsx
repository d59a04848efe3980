import { useState } from 'preact/hooks';
import { apiBlob, asProblem } from '../api/client';
import { saveFile } from '../files/save-file';

export interface FileDownload {
  /** The API path of the file, query included. */
  path: string;
  /** The name it is saved under. */
  filename: string;
  /** What the link says, e.g. "Download this return as a document (PDF)". */
  label: string;
  /** The type asked for (Accept). */
  type?: string;
}

/**
 * Links that download files the API makes. Each click fetches the file with the user's
 * token and saves it; a failure is said beside the links. Hidden when printing.
 */
export function FileDownloads({ files }: { files: FileDownload[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (files.length === 0) return null;
  return (
    <div class="app-file-downloads app-no-print">
      <ul class="govuk-list">
        {files.map((file) => (
          <li key={file.path}>
            <a
              class="govuk-link"
              href={file.path}
              download={file.filename}
              onClick={(event) => {
                event.preventDefault();
                setProblem(null);
                apiBlob(file.path, { headers: { Accept: file.type ?? '*/*' } }).then(
                  (blob) => saveFile(blob, file.filename),
                  (error: unknown) => setProblem(asProblem(error).detail),
                );
              }}
            >
              {file.label}
            </a>
          </li>
        ))}
      </ul>
      {problem && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">Error:</span> The file could not be downloaded:{' '}
          {problem}
        </p>
      )}
    </div>
  );
}
