/**
 * What DfE's decisions on money it pays have in common, whether on a Safety Valve
 * tranche or on a High Needs Stability Grant: each is recorded with who took it, when,
 * why, and the state it moved the payment from and to; and money once released is
 * final, so no later decision can undo it.
 */
export interface DecisionRecord<Kind extends string = string, State extends string = string> {
  decision: Kind;
  reason?: string;
  from: State;
  to: State;
  decidedAt: string;
  decidedBy: { sub: string; role: string };
}

/** Why nothing more can be decided on money already released, or undefined while it is not. */
export function refusalOnceReleased(released: boolean, what: string): string | undefined {
  return released ? `${what} has been released; a release is final.` : undefined;
}
