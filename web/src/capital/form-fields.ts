import { isIsoDate, type FieldError, parseMoney } from '../../../shared/domain';
import { fieldMessage } from '../returns/messages';
import { parseCount } from '../returns/parse-number';

/** The id of a form field for an API path: `schemes[1].cost` → `schemes-1-cost`. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

const LABELS: Record<string, string> = {
  bidId: 'The reference',
  title: 'The title',
  submittedOn: 'The date submitted to DfE',
  requested: 'The amount requested',
  note: 'The note',
  decidedOn: 'The date of the decision',
  awarded: 'The amount awarded',
  status: 'The delivery status',
  openedOn: 'The date it opened',
  placesDelivered: 'The places delivered',
};

const SCHEME_LABELS: Record<string, string> = {
  id: 'reference',
  title: 'title',
  provisionType: 'provision type',
  places: 'places',
  cost: 'cost',
  fundedFrom: 'funding source',
  schemeId: 'scheme',
  support: 'support',
  amount: 'amount',
};

/** How a field is named in a message: `schemes[1].cost` → `Scheme 2 cost`. */
export function fieldLabel(path: string): string {
  const scheme = /^schemes\[(\d+)\]\.(\w+)$/.exec(path);
  if (scheme) {
    return `Scheme ${Number(scheme[1]) + 1} ${SCHEME_LABELS[scheme[2] ?? ''] ?? scheme[2]}`;
  }
  if (path === 'schemes') return 'The schemes';
  return LABELS[path] ?? path;
}

/** The API's problems as the error summary and the fields show them. */
export function problemsOf(errors: FieldError[] | undefined): FieldError[] {
  return (errors ?? []).map((e) => ({
    path: e.path,
    message: fieldMessage(fieldLabel(e.path), e.message),
  }));
}

/** Reads a field a person typed; collects a problem when it cannot be read. */
export class FieldReader {
  readonly errors: FieldError[] = [];

  private fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  text(path: string, value: string, required: string | false): string | undefined {
    const text = value.trim();
    if (!text) return required ? this.fail(path, required) : undefined;
    return text;
  }

  date(path: string, value: string, required: string | false): string | undefined {
    const text = this.text(path, value, required);
    if (text === undefined) return undefined;
    if (!isIsoDate(text)) {
      return this.fail(path, `${fieldLabel(path)} must be a real date, like 2021-06-30`);
    }
    return text;
  }

  money(path: string, value: string, required: string | false): number | undefined {
    const text = this.text(path, value, required);
    if (text === undefined) return undefined;
    const parsed = parseMoney(text);
    if (!parsed.ok) return this.fail(path, fieldMessage(fieldLabel(path), parsed.error));
    if (parsed.value < 0) return this.fail(path, `${fieldLabel(path)} must not be negative`);
    return parsed.value;
  }

  count(path: string, value: string, required: string | false): number | undefined {
    const text = this.text(path, value, required);
    if (text === undefined) return undefined;
    const parsed = parseCount(text);
    if (!parsed.ok) return this.fail(path, `${fieldLabel(path)} ${parsed.error}`);
    return parsed.value;
  }
}
