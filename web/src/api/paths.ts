/** API addresses under one council. */
export const councilApi = (laCode: string, rest = '') =>
  `/api/v1/councils/${encodeURIComponent(laCode)}${rest}`;

/** Request options with an abort signal only when there is one. */
export const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
