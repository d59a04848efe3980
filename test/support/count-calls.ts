import type { Db } from '../../shared/data/client';

/**
 * Counts the DynamoDB commands a client sends, by command name, from now until `stop()`;
 * `inputs` holds each command's input, in the same order.
 */
export function countCalls(db: Db) {
  const calls: string[] = [];
  const inputs: Record<string, unknown>[] = [];
  const name = `count-calls-${Math.random()}`;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(context.commandName ?? 'unknown');
      inputs.push(args.input as Record<string, unknown>);
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    calls,
    inputs,
    reset: () => {
      calls.splice(0);
      inputs.splice(0);
    },
    stop: () => db.middlewareStack.remove(name),
  };
}
