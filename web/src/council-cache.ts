import { getCouncil, type Council } from './api/councils';

/**
 * Councils change rarely (a name, a region), and every council page shows the name:
 * each is fetched once per page load and shared. A failure is forgotten, to try again.
 */
const councils = new Map<string, Promise<Council>>();

export function loadCouncil(laCode: string): Promise<Council> {
  let council = councils.get(laCode);
  if (!council) {
    council = getCouncil(laCode);
    councils.set(laCode, council);
    council.catch(() => councils.delete(laCode));
  }
  return council;
}
