import { useState } from 'preact/hooks';
import {
  SCHEME_SUPPORT,
  SCHEME_SUPPORT_NAMES,
  canDecideBid,
  formatMillions,
  formatPounds,
} from '../../../../shared/domain';
import { decideCapitalBid, type CapitalBid } from '../../api/capital-bids';
import { readDecisionForm, type DecisionForm } from '../../capital/decision-form';
import { fieldId } from '../../capital/form-fields';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canDecideCapitalBids } from '../../permissions';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { requireCapitalBid } from './CapitalBidPage';
import { useFormProblems } from './useFormProblems';

/** DfE administrators record their decision on a bid, with support per scheme. */
export function DecideBid(props: { user: SessionUser; laCode: string; bidId: string }) {
  const { user, laCode, bidId } = props;
  const { state } = useLoad((signal) => requireCapitalBid(laCode, bidId, signal), [laCode, bidId]);
  const problems = useFormProblems();
  usePageTitle("Record DfE's decision", { error: problems.failed || state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="capital"
        before={
          <>
            <BackLink href={paths.capitalBid(laCode, bidId)} />
            {problems.summary}
          </>
        }
      >
        Record DfE's decision
      </CouncilHeading>
      <LoadState state={state} what="the bid">
        {(bid) => {
          if (!canDecideCapitalBids(user)) {
            return <p class="govuk-body">Only DfE administrators decide on capital bids.</p>;
          }
          if (!canDecideBid(bid.status)) {
            return (
              <p class="govuk-body">
                {bid.status === 'draft'
                  ? 'The council has not submitted this bid yet.'
                  : 'DfE has already decided on this bid: a bid is decided once.'}
              </p>
            );
          }
          return <DecisionFields laCode={laCode} bid={bid} problems={problems} />;
        }}
      </LoadState>
    </>
  );
}

function DecisionFields(props: {
  laCode: string;
  bid: CapitalBid;
  problems: ReturnType<typeof useFormProblems>;
}) {
  const { laCode, bid, problems } = props;
  const [form, setForm] = useState<DecisionForm>({
    decidedOn: '',
    awarded: '',
    note: '',
    schemes: Object.fromEntries(bid.schemes.map((s) => [s.id, { support: '', amount: '' }])),
  });
  const [sending, setSending] = useState(false);
  const ids = bid.schemes.map((s) => s.id);

  async function send() {
    if (sending) return;
    const { input, errors } = readDecisionForm(form, ids);
    if (!input) return problems.show(errors);
    setSending(true);
    try {
      const decided = await decideCapitalBid(laCode, bid.bidId, input, bid.version);
      setFlash({
        heading: decided.status === 'awarded' ? 'Bid awarded' : 'Bid refused',
        body: `${formatMillions(input.awarded)} of ${formatMillions(bid.requested)} requested.`,
      });
      navigate(paths.capitalBid(laCode, bid.bidId));
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
      <p class="govuk-body">
        {bid.title}: {formatPounds(bid.requested)} requested for {bid.schemes.length} schemes. DfE
        decides once; afterwards the council can no longer change the bid.
      </p>
      <TextInput
        id="decidedOn"
        label="Date of the decision"
        hint="For example, 2021-06-30."
        error={err('decidedOn')}
        value={form.decidedOn}
        onInput={(decidedOn) => setForm((f) => ({ ...f, decidedOn }))}
        widthClass="govuk-input--width-10"
      />
      <TextInput
        id="awarded"
        label="Amount awarded"
        hint="In pounds or millions, like £3.781m; 0 refuses the bid. It must not exceed the amount requested."
        error={err('awarded')}
        value={form.awarded}
        onInput={(awarded) => setForm((f) => ({ ...f, awarded }))}
        widthClass="govuk-input--width-10"
      />
      <Textarea
        id="note"
        label="Note (optional)"
        hint="What DfE said, such as conditions or recommendations. The council sees it."
        error={err('note')}
        value={form.note}
        onInput={(note) => setForm((f) => ({ ...f, note }))}
        rows={4}
        maxLength={4000}
      />
      <h2 class="govuk-heading-m">Support for each scheme</h2>
      <p class="govuk-body">
        Amounts given to schemes must add up to no more than the award; the rest stays for DfE to
        allocate.
      </p>
      {err('schemes') && <p class="govuk-error-message">{err('schemes')}</p>}
      {bid.schemes.map((scheme, i) => {
        const row = form.schemes[scheme.id] ?? { support: '', amount: '' };
        const update = (patch: Partial<typeof row>) =>
          setForm((f) => ({ ...f, schemes: { ...f.schemes, [scheme.id]: { ...row, ...patch } } }));
        return (
          <fieldset key={scheme.id} class="govuk-fieldset app-scheme">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              Scheme {i + 1}: {scheme.title} ({formatMillions(scheme.cost)})
            </legend>
            <Select
              id={fieldId(`schemes[${i}].support`)}
              label="DfE's support"
              error={err(`schemes[${i}].support`) ?? err(`schemes[${i}].schemeId`)}
              choices={[
                { value: '', label: 'None recorded' },
                ...SCHEME_SUPPORT.map((s) => ({ value: s, label: SCHEME_SUPPORT_NAMES[s] })),
              ]}
              value={row.support}
              onChange={(v) => update({ support: v as typeof row.support })}
            />
            <TextInput
              id={fieldId(`schemes[${i}].amount`)}
              label="Amount for this scheme (optional)"
              error={err(`schemes[${i}].amount`)}
              value={row.amount}
              onInput={(amount) => update({ amount })}
              widthClass="govuk-input--width-10"
            />
          </fieldset>
        );
      })}
      <button type="submit" class="govuk-button" disabled={sending}>
        Record the decision
      </button>
    </form>
  );
}
