import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import type { Grid } from '../../admin/paste-grid';
import { StatusMessage } from '../../components/StatusMessage';
import { saveFile } from '../../files/save-file';
import { cellName } from '../../returns/cell-name';

/** The file input's id (not `trajectory-…`, the table's cells): the summary links to it. */
export const TRAJECTORY_WORKBOOK_ID = 'trajectoryWorkbook';

/** The workbook code, fetched the first time it is used: it is too big for the first load. */
const workbookCode = () => import('../../admin/trajectory-workbook');

/**
 * The trajectory in Excel: a template of the term's years and the trajectory's lines
 * (filled with what the table holds) to download, and a filled-in one to upload, which
 * fills the table above. Nothing is saved: the administrator checks the table and saves
 * the agreement as usual. A workbook with any problem changes nothing, and each problem
 * names its sheet and cell.
 */
export function TrajectoryWorkbook(props: {
  councilName: string;
  years: readonly string[];
  grid: Grid;
  unit: 'pounds' | 'millions';
  /** The table read from a workbook, always in pounds. */
  onFilled: (grid: Grid) => void;
  /** Shows the workbook's problems in the page's error summary (none: clears them). */
  onProblems: (problems: FieldError[]) => void;
  /** This control's problems, as the page's summary shows them. */
  errors: string[];
}) {
  const { years, errors } = props;
  const [busy, setBusy] = useState(false);
  const [filled, setFilled] = useState('');
  const errorId = `${TRAJECTORY_WORKBOOK_ID}-error`;

  const download = async () => {
    const { trajectoryTemplate } = await workbookCode();
    const blob = await trajectoryTemplate({
      councilName: props.councilName,
      years,
      grid: props.grid,
      unit: props.unit,
    });
    saveFile(blob, `trajectory-${years[0] ?? ''}-to-${years.at(-1) ?? ''}.xlsx`);
  };

  const upload = async (input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    setFilled('');
    if (!file) {
      props.onProblems([
        { path: TRAJECTORY_WORKBOOK_ID, message: 'Select a filled-in trajectory workbook' },
      ]);
      return;
    }
    setBusy(true);
    try {
      const { readTrajectoryWorkbook } = await workbookCode();
      const read = await readTrajectoryWorkbook(await file.arrayBuffer(), years);
      if (!read.ok) {
        props.onProblems(
          read.problems.map((p) => ({
            path: TRAJECTORY_WORKBOOK_ID,
            message:
              p.cell === '(file)' ? p.message : `${cellName(p.cell)}: ${upperFirst(p.message)}`,
          })),
        );
        return;
      }
      props.onProblems([]);
      props.onFilled(read.grid);
      setFilled(
        `Filled the trajectory table from ${file.name}, in pounds. Check it, then continue to save the agreement.`,
      );
      if (input) input.value = '';
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="app-no-print">
      <h3 class="govuk-heading-s">Fill the trajectory in Excel</h3>
      <p class="govuk-body">
        Download the trajectory as a workbook (the years of the term, one line a row, money in
        pounds), fill it in and upload it: it fills the table above. Nothing is saved until you save
        the agreement.
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => void download()}
      >
        Download the trajectory template (.xlsx)
      </button>
      <div class={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for={TRAJECTORY_WORKBOOK_ID}>
          Upload a filled-in trajectory workbook
        </label>
        <div class="govuk-hint" id={`${TRAJECTORY_WORKBOOK_ID}-hint`}>
          An Excel workbook (.xlsx) in the layout of the template, for {years[0]} to {years.at(-1)}
        </div>
        {errors.length > 0 && (
          <p class="govuk-error-message" id={errorId}>
            <span class="govuk-visually-hidden">Error:</span>{' '}
            {errors.length === 1
              ? errors[0]
              : `The workbook has ${errors.length} problems: see the list at the top of the page`}
          </p>
        )}
        <input
          class={`govuk-file-upload${errors.length > 0 ? ' govuk-file-upload--error' : ''}`}
          id={TRAJECTORY_WORKBOOK_ID}
          name="trajectoryWorkbook"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${TRAJECTORY_WORKBOOK_ID}-hint${errors.length > 0 ? ` ${errorId}` : ''}`}
        />
      </div>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={busy}
        onClick={(event) =>
          void upload(
            (event.currentTarget.form?.elements.namedItem('trajectoryWorkbook') ??
              document.getElementById(TRAJECTORY_WORKBOOK_ID)) as HTMLInputElement | null,
          )
        }
      >
        Fill the table from the workbook
      </button>
      <StatusMessage visible={filled !== ''}>{filled}</StatusMessage>
    </div>
  );
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
