/** Why signing in with the organisation's account did not work. */
export type SignInProblemKind =
  /** The service has no sign-in settings (`/config.json`), or they make no sense. */
  | 'not-available'
  /** The person cancelled, or the organisation's sign-in turned them away. */
  | 'refused'
  /** The organisation's sign-in reported a fault of its own. */
  | 'failed'
  /** The answer was not for a sign-in started in this tab: no record, or another state. */
  | 'not-started-here'
  /** The code could not be swapped for tokens, or the tokens did not check out. */
  | 'not-completed'
  /** Signed in, but the account has no role in this service. */
  | 'no-access';

const MESSAGES: Record<SignInProblemKind, string> = {
  'not-available':
    'Signing in with your organisation’s account is not available at the moment. Try again later.',
  refused:
    'You have not been signed in. Signing in was cancelled, or your account was not accepted.',
  failed: 'Your organisation’s sign-in is not working at the moment. Try again later.',
  'not-started-here':
    'You have not been signed in because signing in was not started in this browser tab, or it was started again since. Sign in again from this tab.',
  'not-completed': 'Signing in could not be finished. Try again.',
  'no-access':
    'Your account does not have access to Safety Valve monitoring. Ask your administrator to give you a role.',
};

/** A sign-in that did not work, with a message to show the person. */
export class SignInProblem extends Error {
  readonly kind: SignInProblemKind;
  /** The page the person was signing in to reach, to try again with. */
  readonly returnTo: string;

  constructor(kind: SignInProblemKind, options: { cause?: unknown; returnTo?: string } = {}) {
    super(MESSAGES[kind], { cause: options.cause });
    this.name = 'SignInProblem';
    this.kind = kind;
    this.returnTo = options.returnTo ?? '/';
  }
}

/**
 * The problem to show for anything thrown while signing in. The underlying cause goes to
 * the console: the page's message is for the person, the cause for whoever supports them.
 */
export function asSignInProblem(error: unknown, returnTo = '/'): SignInProblem {
  const problem =
    error instanceof SignInProblem
      ? error
      : new SignInProblem('not-completed', { cause: error, returnTo });
  console.warn(`Sign-in did not work (${problem.kind}):`, problem.cause);
  return problem;
}
