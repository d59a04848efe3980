/** Linux's view of a process (from /proc), or undefined without /proc or such a process. */
export function processStat(pid: number): { state: string; started: string } | undefined;
/** Whether the process runs (not a zombie), and started at `started` when given. */
export function running(pid: number, started?: string): boolean;
