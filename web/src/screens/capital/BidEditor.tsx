import { useState } from 'preact/hooks';
import {
  FUNDED_FROM_NAMES,
  FUNDING_SOURCES,
  PROVISION_TYPES,
  PROVISION_TYPE_NAMES,
} from '../../../../shared/domain';
import { saveCapitalBid, type CapitalBid } from '../../api/capital-bids';
import {
  bidForm,
  emptyScheme,
  readBidForm,
  type BidForm,
  type SchemeRow,
} from '../../capital/bid-form';
import { fieldId } from '../../capital/form-fields';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canEditCapitalBids } from '../../permissions';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { requireCapitalBid } from './CapitalBidPage';
import { useFormProblems } from './useFormProblems';

const MONEY_HINT = 'In pounds, like 6,275,000, or millions, like £6.275m.';

/** Entering a new capital bid, or changing one DfE has not decided yet. */
export function BidEditor(props: { user: SessionUser; laCode: string; bidId?: string }) {
  const { user, laCode, bidId } = props;
  const { state } = useLoad(
    (signal) => (bidId ? requireCapitalBid(laCode, bidId, signal) : Promise.resolve(undefined)),
    [laCode, bidId],
  );
  const problems = useFormProblems();
  const heading = bidId ? 'Change the capital bid' : 'Enter a capital bid';
  usePageTitle(heading, { error: problems.failed || state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="capital"
        before={
          <>
            <BackLink href={bidId ? paths.capitalBid(laCode, bidId) : paths.capital(laCode)} />
            {problems.summary}
          </>
        }
      >
        {heading}
      </CouncilHeading>
      {!canEditCapitalBids(user) ? (
        <p class="govuk-body">Only the council's editors and approvers enter capital bids.</p>
      ) : (
        <LoadState state={state} what="the bid">
          {(bid) => <BidFormFields laCode={laCode} bid={bid} problems={problems} />}
        </LoadState>
      )}
    </>
  );
}

function BidFormFields(props: {
  laCode: string;
  bid: CapitalBid | undefined;
  problems: ReturnType<typeof useFormProblems>;
}) {
  const { laCode, bid, problems } = props;
  const [form, setForm] = useState<BidForm>(() => bidForm(bid));
  const [sending, setSending] = useState(false);
  const isNew = bid === undefined;
  const set = (patch: Partial<BidForm>) => setForm((f) => ({ ...f, ...patch }));
  const setScheme = (key: number, patch: Partial<SchemeRow>) =>
    setForm((f) => ({
      ...f,
      schemes: f.schemes.map((s) => (s.key === key ? { ...s, ...patch } : s)),
    }));

  async function send() {
    if (sending) return;
    const { input, bidId, errors } = readBidForm(form, isNew);
    if (!input || !bidId) return problems.show(errors);
    setSending(true);
    try {
      const saved = await saveCapitalBid(laCode, bidId, input, bid?.version);
      setFlash({ heading: isNew ? 'Capital bid entered' : 'Capital bid saved', body: saved.title });
      navigate(paths.capitalBid(laCode, saved.bidId));
    } catch (error) {
      setSending(false);
      problems.fromApi(error);
    }
  }

  const err = problems.error;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {isNew && (
        <TextInput
          id="bidId"
          label="Reference"
          hint="A short reference for the bid, used in its address: letters, digits, - or _, like hn-capital-2021."
          error={err('bidId')}
          value={form.bidId}
          onInput={(bidId) => set({ bidId })}
          widthClass="govuk-input--width-20"
        />
      )}
      <TextInput
        id="title"
        label="Title"
        error={err('title')}
        value={form.title}
        onInput={(title) => set({ title })}
        spellcheck
      />
      <TextInput
        id="submittedOn"
        label="Date submitted to DfE (optional)"
        hint="Leave it empty while the bid is a draft. For example, 2021-04-30."
        error={err('submittedOn')}
        value={form.submittedOn}
        onInput={(submittedOn) => set({ submittedOn })}
        widthClass="govuk-input--width-10"
      />
      <TextInput
        id="requested"
        label="Amount requested from DfE"
        hint={`${MONEY_HINT} The schemes funded from this bid must not cost more.`}
        error={err('requested')}
        value={form.requested}
        onInput={(requested) => set({ requested })}
        widthClass="govuk-input--width-10"
      />
      <Textarea
        id="note"
        label="Note (optional)"
        hint="Anything DfE should know, such as a request for more information."
        error={err('note')}
        value={form.note}
        onInput={(note) => set({ note })}
        rows={3}
        maxLength={4000}
      />
      <h2 class="govuk-heading-m">Schemes</h2>
      {err('schemes') && <p class="govuk-error-message">{err('schemes')}</p>}
      {form.schemes.map((scheme, i) => {
        const at = (field: string) => `schemes[${i}].${field}`;
        const id = (field: string) => fieldId(at(field));
        return (
          <fieldset key={scheme.key} class="govuk-fieldset app-scheme">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Scheme {i + 1}</legend>
            <TextInput
              id={id('id')}
              label="Reference"
              error={err(at('id'))}
              value={scheme.id}
              onInput={(v) => setScheme(scheme.key, { id: v })}
              widthClass="govuk-input--width-20"
            />
            <TextInput
              id={id('title')}
              label="Title"
              error={err(at('title'))}
              value={scheme.title}
              onInput={(v) => setScheme(scheme.key, { title: v })}
              spellcheck
            />
            <Select
              id={id('provisionType')}
              label="Provision it creates"
              error={err(at('provisionType'))}
              choices={[
                { value: '', label: 'Choose a provision type' },
                ...PROVISION_TYPES.map((t) => ({ value: t, label: PROVISION_TYPE_NAMES[t] })),
              ]}
              value={scheme.provisionType}
              onChange={(v) =>
                setScheme(scheme.key, { provisionType: v as SchemeRow['provisionType'] })
              }
            />
            <TextInput
              id={id('places')}
              label="Places (optional)"
              error={err(at('places'))}
              value={scheme.places}
              onInput={(v) => setScheme(scheme.key, { places: v })}
              widthClass="govuk-input--width-5"
              inputMode="numeric"
            />
            <TextInput
              id={id('cost')}
              label="Cost"
              hint={MONEY_HINT}
              error={err(at('cost'))}
              value={scheme.cost}
              onInput={(v) => setScheme(scheme.key, { cost: v })}
              widthClass="govuk-input--width-10"
            />
            <Select
              id={id('fundedFrom')}
              label="Funded from"
              error={err(at('fundedFrom'))}
              choices={FUNDING_SOURCES.map((f) => ({ value: f, label: FUNDED_FROM_NAMES[f] }))}
              value={scheme.fundedFrom}
              onChange={(v) => setScheme(scheme.key, { fundedFrom: v as SchemeRow['fundedFrom'] })}
            />
            {form.schemes.length > 1 && (
              <button
                type="button"
                class="govuk-button govuk-button--warning"
                onClick={() =>
                  setForm((f) => ({ ...f, schemes: f.schemes.filter((s) => s.key !== scheme.key) }))
                }
              >
                Remove scheme {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => setForm((f) => ({ ...f, schemes: [...f.schemes, emptyScheme()] }))}
        >
          Add another scheme
        </button>
      </div>
      <button type="submit" class="govuk-button" disabled={sending}>
        Save the bid
      </button>
    </form>
  );
}
