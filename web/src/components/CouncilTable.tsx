import type { Council } from '../api/councils';
import { paths } from '../routes/paths';
import { Link } from './Link';
import { TableContainer } from './TableContainer';

/** Councils as a GOV.UK table: name, DfE LA code and region. */
export function CouncilTable({ councils, caption }: { councils: Council[]; caption: string }) {
  return (
    <TableContainer label={caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Name
            </th>
            <th scope="col" class="govuk-table__header">
              LA code
            </th>
            <th scope="col" class="govuk-table__header">
              Region
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {councils.map((council) => (
            <tr key={council.laCode} class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                <Link class="govuk-link" href={paths.council(council.laCode)}>
                  {council.name}
                </Link>
              </th>
              <td class="govuk-table__cell">{council.laCode}</td>
              <td class="govuk-table__cell">{council.region ?? 'Not recorded'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
