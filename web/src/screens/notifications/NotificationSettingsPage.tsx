import { useState } from 'preact/hooks';
import { asProblem } from '../../api/client';
import {
  readNotificationSettings,
  saveNotificationSettings,
  type NotificationEvent,
  type NotificationSettings,
} from '../../api/notifications';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { TextInput } from '../../components/TextInput';
import { usePageTitle } from '../../components/page-title';
import { NOTIFICATION_EVENT_NAMES } from '../../display/notification-events';
import { refreshTokenOf } from '../../session';
import { useLoad } from '../../use-load';

type Errors = { email?: string; events?: string };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** What is wrong with the form before it is sent, in GOV.UK's words. */
export function settingsErrors(email: string, events: readonly string[]): Errors {
  const trimmed = email.trim();
  if (trimmed === '') {
    return events.length > 0
      ? { email: 'Enter your email address, so we can send you the emails you chose' }
      : {};
  }
  return EMAIL.test(trimmed)
    ? {}
    : { email: 'Enter an email address in the correct format, like name@example.gov.uk' };
}

/** Each person chooses which events they are emailed about, and where. */
export function NotificationSettingsPage() {
  const { state, set } = useLoad((signal) => readNotificationSettings(signal), []);
  const [failed, setFailed] = useState(false);
  // Held here: the form starts afresh from each saved version, the banner stays.
  const [saved, setSaved] = useState<NotificationSettings | null>(null);
  usePageTitle('Email notifications', { error: failed || state.status === 'failed' });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        {saved && !failed && (
          <NotificationBanner type="success" heading="Your notification settings are saved">
            <p class="govuk-body">
              {saved.events.length === 0
                ? 'You will not be sent any emails.'
                : `We will email ${saved.email ?? 'you'} about the events you chose.`}
            </p>
          </NotificationBanner>
        )}
        <LoadState state={state} what="your notification settings">
          {(settings) => (
            <SettingsForm
              key={settings.version ?? 0}
              settings={settings}
              onSaved={(next) => {
                setSaved(next);
                set(next);
              }}
              onFailed={(f) => {
                setFailed(f);
                if (f) setSaved(null);
              }}
            />
          )}
        </LoadState>
      </div>
    </div>
  );
}

function SettingsForm(props: {
  settings: NotificationSettings;
  onSaved: (settings: NotificationSettings) => void;
  onFailed: (failed: boolean) => void;
}) {
  const { settings, onSaved, onFailed } = props;
  const [email, setEmail] = useState(settings.email ?? '');
  const [events, setEvents] = useState<string[]>(settings.events);
  const [errors, setErrors] = useState<Errors>({});
  const [detail, setDetail] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  // A new key for each attempt, so the summary is announced again.
  const [attempt, setAttempt] = useState(0);

  const show = (next: Errors, problem?: string) => {
    setAttempt((n) => n + 1);
    setErrors(next);
    setDetail(problem);
    onFailed(Object.keys(next).length > 0 || problem !== undefined);
  };

  async function send() {
    if (sending) return;
    const found = settingsErrors(email, events);
    if (Object.keys(found).length > 0) return show(found);
    setSending(true);
    try {
      const trimmed = email.trim();
      const next = await saveNotificationSettings(
        { ...(trimmed ? { email: trimmed } : {}), events: events as NotificationEvent[] },
        settings.version,
      );
      show({});
      onSaved(next);
    } catch (caught) {
      const problem = asProblem(caught);
      setSending(false);
      const emailProblem = problem.errors?.find((e) => e.path === 'email');
      const eventsProblem = problem.errors?.find((e) => e.path.startsWith('events'));
      const fields: Errors = {
        ...(emailProblem ? { email: `Your email address ${emailProblem.message}` } : {}),
        ...(eventsProblem ? { events: `Choose from the list: ${eventsProblem.message}` } : {}),
      };
      show(fields, Object.keys(fields).length > 0 ? undefined : problem.detail);
    }
  }

  const summary = [
    ...(errors.email ? [{ path: 'email', message: errors.email, href: '#email' }] : []),
    ...(errors.events ? [{ path: 'events', message: errors.events, href: '#events' }] : []),
  ];
  return (
    <>
      {(summary.length > 0 || detail) && (
        <ErrorSummary key={attempt} errors={summary} {...(detail ? { description: detail } : {})} />
      )}
      <h1 class="govuk-heading-l">Email notifications</h1>
      <p class="govuk-body">
        Choose what you want to be emailed about. Each email is sent once, however many times the
        service checks.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <TextInput
          id="email"
          label="Email address"
          labelClass="govuk-label--m"
          hint={
            refreshTokenOf() === null
              ? 'We only use it for these notifications. The demo’s addresses are illustrative: on this computer emails are kept on the Emails sent page, not sent.'
              : 'We only use it for these notifications.'
          }
          error={errors.email}
          value={email}
          onInput={setEmail}
          autocomplete="email"
          spellcheck={false}
        />
        <Checkboxes
          id="events"
          legend="Email me when"
          legendClass="govuk-fieldset__legend--m"
          hint="Select all that apply. Leave them all clear to stop every email."
          error={errors.events}
          choices={settings.availableEvents.map((event) => ({
            value: event,
            label: NOTIFICATION_EVENT_NAMES[event],
          }))}
          values={events}
          onChange={setEvents}
        />
        <button type="submit" class="govuk-button" disabled={sending}>
          Save notification settings
        </button>
      </form>
    </>
  );
}
