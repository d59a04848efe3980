import { useState } from 'preact/hooks';
import { asProblem } from '../../api/client';
import { getOverviewCsv, overviewSearch, type OverviewQuery } from '../../api/overview';

/**
 * The overview as a CSV file. The API needs the user's token, which a plain link does
 * not send: the click fetches the file and hands it to the browser to save.
 */
export function CsvDownload({ query, period }: { query: OverviewQuery; period: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const full = { ...query, period };
  return (
    <p class="govuk-body">
      <a
        class="govuk-link"
        href={`/api/v1/overview.csv?${overviewSearch(full)}`}
        download={`safety-valve-overview-${period}.csv`}
        onClick={(event) => {
          event.preventDefault();
          setProblem(null);
          getOverviewCsv(full).then(
            (blob) => {
              const url = URL.createObjectURL(blob);
              const link = document.createElement('a');
              link.href = url;
              link.download = `safety-valve-overview-${period}.csv`;
              document.body.append(link);
              link.click();
              link.remove();
              setTimeout(() => URL.revokeObjectURL(url), 10_000);
            },
            (error: unknown) => setProblem(asProblem(error).detail),
          );
        }}
      >
        Download this table as a spreadsheet (CSV)
      </a>
      {problem && (
        <span class="govuk-error-message govuk-!-margin-top-2" role="alert">
          <span class="govuk-visually-hidden">Error:</span> The file could not be downloaded:{' '}
          {problem}
        </span>
      )}
    </p>
  );
}
