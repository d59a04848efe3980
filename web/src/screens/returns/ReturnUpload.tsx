import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { returnTemplateFile, uploadReturnWorkbook, XLSX_TYPE } from '../../api/files';
import type { ReturnDetail } from '../../api/returns';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileDownloads } from '../../components/FileDownloads';
import { NotificationBanner } from '../../components/NotificationBanner';
import { cellName } from '../../returns/cell-name';
import { describeReturnProblem } from '../../returns/problems';
import type { ReturnContext } from './load-return';

const INPUT_ID = 'return-workbook';

/** Why the last upload was refused; `attempt` tells one refusal from the next. */
export interface UploadRefusal {
  detail: string;
  errors: { path: string; message: string }[];
  attempt: number;
}

/**
 * The refusal as a GOV.UK error summary, each problem linking to the file input. The
 * page shows it at the top of its content, where the pattern puts it.
 */
export function UploadErrorSummary({ refusal }: { refusal: UploadRefusal }) {
  return (
    <ErrorSummary
      key={refusal.attempt}
      title="The workbook could not be uploaded"
      description={
        refusal.detail && refusal.errors[0]?.message !== refusal.detail ? refusal.detail : undefined
      }
      errors={refusal.errors.map((e) => ({ ...e, href: `#${INPUT_ID}` }))}
    />
  );
}

/** A problem with an uploaded workbook: the sheet and cell first, then what is wrong. */
function uploadMessage(problem: FieldError, context: ReturnContext): string {
  const words = describeReturnProblem(problem, {
    conditions: context.agreement.conditions,
    mitigations: context.agreement.mitigations,
    content: {},
  }).message;
  // A path the screen has no words for is said as the API said it, without the path.
  const message = words === `${problem.path} ${problem.message}` ? problem.message : words;
  const said = message.charAt(0).toUpperCase() + message.slice(1);
  return problem.cell ? `${cellName(problem.cell)}: ${said}` : said;
}

/**
 * Fill in the return offline: download the template (the draft, or the last return
 * carried forward), fill it in in Excel and upload it as the draft. A workbook with any
 * problem changes nothing; each problem names its sheet and cell.
 */
export function ReturnUpload(props: {
  laCode: string;
  period: string;
  context: ReturnContext;
  onUploaded: (detail: ReturnDetail) => void;
  refusal: UploadRefusal | null;
  onRefusal: (refusal: UploadRefusal | null) => void;
}) {
  const { laCode, period, context, onUploaded, refusal, onRefusal } = props;
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  const upload = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    // The form, taken now: currentTarget is gone once the upload has been awaited.
    const form = event.currentTarget as HTMLFormElement;
    const file = (form.elements.namedItem('workbook') as HTMLInputElement | null)?.files?.[0];
    setDone(null);
    const attempt = attempts + 1;
    setAttempts(attempt);
    if (!file) {
      onRefusal({
        detail: '',
        errors: [{ path: INPUT_ID, message: 'Select a filled-in return template' }],
        attempt,
      });
      return;
    }
    setSending(true);
    try {
      const detail = await uploadReturnWorkbook(laCode, period, file, context.detail?.version);
      onRefusal(null);
      setDone(file.name);
      form.reset();
      onUploaded(detail);
    } catch (error) {
      const problem = asProblem(error);
      const errors = (problem.errors ?? []).map((e) => ({
        path: e.cell ?? e.path,
        message: uploadMessage(e, context),
      }));
      onRefusal({
        attempt,
        detail:
          problem.status === 412
            ? 'The draft was changed by someone else since you opened this page. Reload the page to see it, then upload again.'
            : problem.status === 413
              ? 'The file is too large. Upload the return template, filled in.'
              : problem.detail,
        errors: errors.length > 0 ? errors : [{ path: INPUT_ID, message: problem.detail }],
      });
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="app-no-print" aria-labelledby="return-upload-heading">
      <h2 class="govuk-heading-m" id="return-upload-heading">
        Fill in the return in Excel
      </h2>
      {done && (
        <NotificationBanner type="success" heading="Draft updated from the workbook">
          <p class="govuk-body">{done} is now the draft. Check each section before you submit.</p>
        </NotificationBanner>
      )}
      <p class="govuk-body">
        Download the template, fill it in offline and upload it: it replaces the draft. Nothing is
        saved from a workbook with a problem.
      </p>
      <FileDownloads files={[returnTemplateFile(laCode, period)]} />
      <form onSubmit={(event) => void upload(event)} noValidate>
        <div class={`govuk-form-group${refusal ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for={INPUT_ID}>
            Upload a filled-in template
          </label>
          <div class="govuk-hint" id={`${INPUT_ID}-hint`}>
            An Excel workbook (.xlsx) in the layout of the template
          </div>
          {refusal && (
            <p class="govuk-error-message" id={`${INPUT_ID}-error`}>
              <span class="govuk-visually-hidden">Error:</span>{' '}
              {refusal.errors.length === 1
                ? refusal.errors[0]!.message
                : `The workbook has ${refusal.errors.length} problems: see the list above`}
            </p>
          )}
          <input
            class={`govuk-file-upload${refusal ? ' govuk-file-upload--error' : ''}`}
            id={INPUT_ID}
            name="workbook"
            type="file"
            accept={`.xlsx,${XLSX_TYPE}`}
            aria-describedby={`${INPUT_ID}-hint${refusal ? ` ${INPUT_ID}-error` : ''}`}
          />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" disabled={sending}>
          Upload as the draft
        </button>
      </form>
    </section>
  );
}
