import type { FundedFrom, ProvisionType, FieldError } from '../../../shared/domain';
import type { CapitalBid, CapitalBidInput } from '../api/capital-bids';
import { FieldReader } from './form-fields';

export interface SchemeRow {
  /** Keeps a row's inputs its own when rows above it are removed. */
  key: number;
  id: string;
  title: string;
  provisionType: ProvisionType | '';
  places: string;
  cost: string;
  fundedFrom: FundedFrom | '';
}

export interface BidForm {
  bidId: string;
  title: string;
  submittedOn: string;
  requested: string;
  note: string;
  schemes: SchemeRow[];
}

let nextKey = 1;

export function emptyScheme(): SchemeRow {
  return {
    key: nextKey++,
    id: '',
    title: '',
    provisionType: '',
    places: '',
    cost: '',
    fundedFrom: 'this-bid',
  };
}

/** The form for a new bid, or filled in from a saved one. */
export function bidForm(bid?: CapitalBid): BidForm {
  if (!bid) {
    return {
      bidId: '',
      title: '',
      submittedOn: '',
      requested: '',
      note: '',
      schemes: [emptyScheme()],
    };
  }
  return {
    bidId: bid.bidId,
    title: bid.title,
    submittedOn: bid.submittedOn ?? '',
    requested: String(bid.requested),
    note: bid.note ?? '',
    schemes: bid.schemes.map((s) => ({
      key: nextKey++,
      id: s.id,
      title: s.title,
      provisionType: s.provisionType,
      places: s.places === undefined ? '' : String(s.places),
      cost: String(s.cost),
      fundedFrom: s.fundedFrom,
    })),
  };
}

const BID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function checkId(read: FieldReader, path: string, value: string, what: string) {
  const id = read.text(path, value, `Enter a reference for the ${what}`);
  if (id !== undefined && !BID_ID.test(id)) {
    read.errors.push({
      path,
      message: `The ${what}'s reference must be up to 64 letters, digits, - or _, starting with a letter or digit`,
    });
  }
  return id;
}

/** What the form asks the API for, or the problems a person must fix first. */
export function readBidForm(
  form: BidForm,
  isNew: boolean,
): { input?: CapitalBidInput; bidId?: string; errors: FieldError[] } {
  const read = new FieldReader();
  const bidId = isNew ? checkId(read, 'bidId', form.bidId, 'bid') : form.bidId;
  if (isNew && bidId === 'new') {
    read.errors.push({ path: 'bidId', message: 'Choose a reference other than "new"' });
  }
  const title = read.text('title', form.title, 'Enter a title for the bid');
  const submittedOn = read.date('submittedOn', form.submittedOn, false);
  const requested = read.money('requested', form.requested, 'Enter the amount requested from DfE');
  const note = read.text('note', form.note, false);
  const schemes = form.schemes.map((row, i) => {
    const at = (field: string) => `schemes[${i}].${field}`;
    const id = checkId(read, at('id'), row.id, `scheme ${i + 1}`);
    const schemeTitle = read.text(at('title'), row.title, `Enter a title for scheme ${i + 1}`);
    if (!row.provisionType) {
      read.errors.push({
        path: at('provisionType'),
        message: `Select the provision scheme ${i + 1} creates`,
      });
    }
    const places = read.count(at('places'), row.places, false);
    const cost = read.money(at('cost'), row.cost, `Enter the cost of scheme ${i + 1}`);
    if (!row.fundedFrom) {
      read.errors.push({ path: at('fundedFrom'), message: `Select how scheme ${i + 1} is funded` });
    }
    return {
      id: id ?? '',
      title: schemeTitle ?? '',
      provisionType: row.provisionType || 'other',
      ...(places === undefined ? {} : { places }),
      cost: cost ?? 0,
      fundedFrom: row.fundedFrom || 'this-bid',
    } as const;
  });
  if (read.errors.length > 0) return { errors: read.errors };
  return {
    bidId: bidId ?? '',
    input: {
      title: title ?? '',
      ...(submittedOn ? { submittedOn } : {}),
      requested: requested ?? 0,
      ...(note ? { note } : {}),
      schemes,
    },
    errors: [],
  };
}
