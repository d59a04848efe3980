import { describe, expect, it } from 'vitest';
import { audiencesOf, eventsFor } from './events';
import { recipientsOf, type Subscriber } from './recipients';

const people: Subscriber[] = [
  {
    sub: 'editor',
    audience: 'council',
    email: 'e@bury.gov.uk',
    events: ['return-due', 'alert-red'],
  },
  {
    sub: 'approver',
    audience: 'council',
    email: 'a@bury.gov.uk',
    events: ['alert-amber', 'ready-for-sign-off'],
    role: 'council-approver',
  },
  // Chose the hand-over as an approver, then became an editor: no longer told.
  {
    sub: 'former-approver',
    audience: 'council',
    email: 'f@bury.gov.uk',
    events: ['ready-for-sign-off'],
    role: 'council-editor',
  },
  // Saved before roles were kept: not known to be an approver.
  {
    sub: 'unknown-role',
    audience: 'council',
    email: 'u@bury.gov.uk',
    events: ['ready-for-sign-off'],
  },
  { sub: 'silent', audience: 'council', events: ['return-due'] },
  {
    sub: 'reviewer',
    audience: 'dfe',
    email: 'r@education.gov.uk',
    events: ['alert-red', 'return-due'],
  },
];

describe('who gets what', () => {
  it.each([
    ['return-due', ['editor']],
    ['alert-red', ['editor', 'reviewer']],
    ['alert-amber', ['approver']],
    ['return-returned', []],
    ['ready-for-sign-off', ['approver']],
  ] as const)('%s goes to %j', (event, subs) => {
    expect(recipientsOf(event, audiencesOf(event), people).map((r) => r.sub)).toEqual(subs);
  });

  it('tells a person listed twice only once', () => {
    const twice = [people[0]!, people[0]!];
    expect(recipientsOf('return-due', ['council'], twice)).toHaveLength(1);
  });

  it('sends DfE only the events DfE follows', () => {
    expect(eventsFor('dfe')).toEqual(['return-overdue', 'alert-red', 'alert-amber']);
    expect(eventsFor('council')).toHaveLength(8);
    expect(eventsFor('council', 'council-approver')).toHaveLength(8);
    expect(eventsFor('council', 'council-editor')).not.toContain('ready-for-sign-off');
    expect(eventsFor('council', 'council-viewer')).toHaveLength(7);
    expect(eventsFor('dfe', 'dfe-admin')).toEqual(['return-overdue', 'alert-red', 'alert-amber']);
    expect(audiencesOf('plan-reviewed')).toEqual(['council']);
    expect(audiencesOf('return-overdue')).toEqual(['council', 'dfe']);
  });
});
