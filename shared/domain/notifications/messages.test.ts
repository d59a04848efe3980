import { describe, expect, it } from 'vitest';
import { NOTIFICATION_EVENTS } from './events';
import { TEMPLATE_FIELDS, messageOf, type Notice } from './messages';

const council = { laCode: '351', council: 'Bury' };
const notices: Notice[] = [
  { event: 'return-due', ...council, period: '2024-25-Q2', dueOn: '2024-10-30' },
  { event: 'return-overdue', ...council, period: '2024-25-Q2', dueOn: '2024-10-30' },
  { event: 'return-returned', ...council, period: '2024-25-Q2', version: 4, comments: 'Fix EHCPs' },
  { event: 'return-accepted', ...council, period: '2024-25-Q2', version: 6 },
  { event: 'ready-for-sign-off', ...council, period: '2024-25-Q2', version: 5, by: 'Ann Editor' },
  { event: 'alert-red', ...council, alertId: '01ABC', period: '2024-25-Q2', message: 'Over plan' },
  { event: 'alert-amber', ...council, alertId: '01ABC', period: '2024-25-Q2', message: 'Near' },
  { event: 'plan-reviewed', ...council, decision: 'return', version: 3, comments: 'More detail' },
];

describe('messages', () => {
  it('covers every event', () => {
    expect(notices.map((n) => n.event).sort()).toEqual([...NOTIFICATION_EVENTS].sort());
  });

  it.each(notices)('$event fills exactly its template fields', (notice) => {
    const message = messageOf(notice, 'https://svm.example.gov.uk');
    expect(Object.keys(message.personalisation).sort()).toEqual(
      [...TEMPLATE_FIELDS[notice.event]].sort(),
    );
    expect(message.personalisation.council).toBe('Bury');
    expect(message.personalisation.link).toMatch(
      /^https:\/\/svm\.example\.gov\.uk\/councils\/351\//,
    );
    expect(message.heading).toContain('Bury');
  });

  it.each([
    [notices[0]!, '2024-25-Q2'],
    [notices[2]!, '2024-25-Q2-v4'],
    [notices[5]!, '01ABC'],
    [notices[7]!, 'reform-plan-v3'],
    [notices[4]!, '2024-25-Q2-v5'],
  ])('keys %s by its subject', (notice, subject) => {
    expect(messageOf(notice).subject).toBe(subject);
  });

  it('writes periods and dates as people do', () => {
    const m = messageOf(notices[0]!);
    expect(m.personalisation.period).toBe('2024-25 quarter 2');
    expect(m.personalisation.due_date).toBe('30 October 2024');
    expect(messageOf(notices[2]!).body).toContain('Comments: Fix EHCPs');
    expect(messageOf(notices[4]!).body).toContain('Sent for sign-off by Ann Editor.');
  });
});
