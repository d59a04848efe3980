import type { Db } from '../../shared/data/client';

/** Counts the DynamoDB commands a client sends, by command name, from now until `stop()`. */
export function countCalls(db: Db) {
  const calls: string[] = [];
  const name = `count-calls-${Math.random()}`;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name },
  );
  return {
    calls,
    reset: () => calls.splice(0),
    stop: () => db.middlewareStack.remove(name),
  };
}
