import type { FieldError } from '../../../shared/domain';
import type { CouncilInput } from '../../../shared/schemas/council';

/** England's nine regions, as the councils' data names them. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;

export interface CouncilForm {
  name: string;
  laCode: string;
  region: string;
  /** LA codes as typed: separated by commas, spaces or new lines. */
  statisticalNeighbours: string;
}

export const emptyCouncilForm = (): CouncilForm => ({
  name: '',
  laCode: '',
  region: '',
  statisticalNeighbours: '',
});

const LA_CODE = /^\d{3}$/;

/** The LA codes in what was typed, in order. */
export function neighbourCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/**
 * The body of `POST /councils` from the form, or the problems found reading it (at the
 * API's paths, so its refusals show in the same places).
 */
export function readCouncilForm(form: CouncilForm): {
  input?: CouncilInput;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const name = form.name.trim();
  const laCode = form.laCode.trim();
  if (!name) errors.push({ path: 'name', message: 'Enter the council’s name' });
  else if (name.length > 120)
    errors.push({ path: 'name', message: 'The name must be 120 characters or fewer' });
  if (!laCode) errors.push({ path: 'laCode', message: 'Enter the council’s LA code' });
  else if (!LA_CODE.test(laCode))
    errors.push({ path: 'laCode', message: 'The LA code must be 3 digits, like 351' });
  const neighbours = neighbourCodes(form.statisticalNeighbours);
  const bad = neighbours.filter((code) => !LA_CODE.test(code));
  if (bad.length > 0) {
    errors.push({
      path: 'statisticalNeighbours',
      message: `Statistical neighbours must be 3-digit LA codes: ${bad.join(', ')} is not`,
    });
  } else if (neighbours.includes(laCode)) {
    errors.push({
      path: 'statisticalNeighbours',
      message: 'A council cannot be its own statistical neighbour',
    });
  } else if (new Set(neighbours).size !== neighbours.length) {
    errors.push({ path: 'statisticalNeighbours', message: 'Give each statistical neighbour once' });
  } else if (neighbours.length > 20) {
    errors.push({
      path: 'statisticalNeighbours',
      message: 'Give at most 20 statistical neighbours',
    });
  }
  if (errors.length > 0) return { errors };
  return {
    errors,
    input: {
      laCode,
      name,
      ...(form.region ? { region: form.region } : {}),
      ...(neighbours.length > 0 ? { statisticalNeighbours: neighbours } : {}),
    },
  };
}

/** The control a problem from the API is about: `statisticalNeighbours[2]` is that field. */
export function councilControl(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}
