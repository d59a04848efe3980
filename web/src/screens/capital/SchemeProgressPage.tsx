import { useState } from 'preact/hooks';
import {
  SCHEME_STATUSES,
  SCHEME_STATUS_NAMES,
  canMoveScheme,
  type SchemeStatus,
} from '../../../../shared/domain';
import { recordSchemeProgress, type CapitalBid } from '../../api/capital-bids';
import { FieldReader } from '../../capital/form-fields';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canEditCapitalBids } from '../../permissions';
import { navigate, useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { requireCapitalBid } from './CapitalBidPage';
import { useFormProblems } from './useFormProblems';

/** The council records where a scheme's delivery stands, and the places it opened with. */
export function SchemeProgressPage(props: { user: SessionUser; laCode: string; bidId: string }) {
  const { user, laCode, bidId } = props;
  const schemeId = new URLSearchParams(useSearch()).get('scheme') ?? '';
  const { state } = useLoad((signal) => requireCapitalBid(laCode, bidId, signal), [laCode, bidId]);
  const problems = useFormProblems();
  usePageTitle("Record a scheme's progress", {
    error: problems.failed || state.status === 'failed',
  });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
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
          Record a scheme's progress
        </CouncilHeading>
        <LoadState state={state} what="the scheme">
          {(bid) => {
            const scheme = bid.schemes.find((s) => s.id === schemeId);
            if (!scheme) return <p class="govuk-body">The bid has no such scheme.</p>;
            if (!canEditCapitalBids(user)) {
              return <p class="govuk-body">Only the council's editors record progress.</p>;
            }
            return (
              <ProgressFields
                key={scheme.id}
                laCode={laCode}
                bid={bid}
                schemeId={scheme.id}
                problems={problems}
              />
            );
          }}
        </LoadState>
      </div>
    </div>
  );
}

function ProgressFields(props: {
  laCode: string;
  bid: CapitalBid;
  schemeId: string;
  problems: ReturnType<typeof useFormProblems>;
}) {
  const { laCode, bid, schemeId, problems } = props;
  const scheme = bid.schemes.find((s) => s.id === schemeId);
  const from = scheme?.status ?? 'planned';
  const [status, setStatus] = useState<SchemeStatus>(from);
  const [openedOn, setOpenedOn] = useState(scheme?.openedOn ?? '');
  const [places, setPlaces] = useState(
    scheme?.placesDelivered === undefined ? '' : String(scheme.placesDelivered),
  );
  const [sending, setSending] = useState(false);

  async function send() {
    if (sending) return;
    const read = new FieldReader();
    const open = status === 'open';
    const date = open
      ? read.date('openedOn', openedOn, 'Enter the date the scheme opened')
      : undefined;
    const delivered = open
      ? read.count('placesDelivered', places, 'Enter the places the scheme delivered')
      : undefined;
    if (read.errors.length > 0) return problems.show(read.errors);
    setSending(true);
    try {
      await recordSchemeProgress(
        laCode,
        bid.bidId,
        schemeId,
        {
          status,
          ...(date ? { openedOn: date } : {}),
          ...(delivered === undefined ? {} : { placesDelivered: delivered }),
        },
        bid.version,
      );
      setFlash({
        heading: open ? 'Scheme open' : 'Progress recorded',
        body: `${scheme?.title ?? schemeId}: ${SCHEME_STATUS_NAMES[status].toLowerCase()}.`,
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
        {scheme?.title}
        {scheme?.places === undefined ? '' : ` (${scheme.places} places planned)`}
      </p>
      <Radios
        id="status"
        legend="Where does the scheme stand?"
        legendClass="govuk-fieldset__legend--m"
        error={err('status')}
        choices={SCHEME_STATUSES.filter((s) => canMoveScheme(from, s)).map((s) => ({
          value: s,
          label: SCHEME_STATUS_NAMES[s],
        }))}
        value={status}
        onChange={(value) => setStatus(value as SchemeStatus)}
      />
      {status === 'open' && (
        <>
          <TextInput
            id="openedOn"
            label="Date it opened"
            hint="For example, 2021-09-24."
            error={err('openedOn')}
            value={openedOn}
            onInput={setOpenedOn}
            widthClass="govuk-input--width-10"
          />
          <TextInput
            id="placesDelivered"
            label="Places delivered"
            error={err('placesDelivered')}
            value={places}
            onInput={setPlaces}
            widthClass="govuk-input--width-5"
            inputMode="numeric"
          />
        </>
      )}
      <button type="submit" class="govuk-button" disabled={sending}>
        Record progress
      </button>
    </form>
  );
}
