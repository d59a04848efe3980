import type { Council } from '../api/councils';
import { paths } from '../routes/paths';
import { Link } from './Link';
import { ColumnHeader, Table } from './Table';

/** Councils as a GOV.UK table: name, DfE LA code and region. */
export function CouncilTable({ councils, caption }: { councils: Council[]; caption: string }) {
  return (
    <Table
      label={caption}
      caption={caption}
      head={
        <>
          <ColumnHeader>Name</ColumnHeader>
          <ColumnHeader>LA code</ColumnHeader>
          <ColumnHeader>Region</ColumnHeader>
        </>
      }
    >
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
    </Table>
  );
}
