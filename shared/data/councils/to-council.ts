import type { Council } from '../../schemas/council';

/** The public shape of a stored council item (keys and index attributes dropped). */
export function toCouncil(item: Record<string, unknown>): Council {
  const { laCode, name, region, statisticalNeighbours, createdAt, updatedAt } =
    item as unknown as Council;
  return {
    laCode,
    name,
    ...(region === undefined ? {} : { region }),
    ...(statisticalNeighbours === undefined ? {} : { statisticalNeighbours }),
    createdAt,
    updatedAt,
  };
}
