import { describe, expect, it } from 'vitest';
import { allowedMethods } from './allowed-methods';

const routes = [
  { method: 'ALL', path: '/api/v1/*' },
  { method: 'GET', path: '/api/v1/councils' },
  { method: 'POST', path: '/api/v1/councils' },
  { method: 'GET', path: '/api/v1/councils/:laCode/agreement' },
  { method: 'PUT', path: '/api/v1/councils/:laCode/agreement' },
  { method: 'GET', path: '/api/v1/overview.csv' },
];

describe('allowedMethods', () => {
  it.each([
    ['/api/v1/councils', ['GET', 'HEAD', 'POST']],
    ['/api/v1/councils/351/agreement', ['GET', 'HEAD', 'PUT']],
    ['/api/v1/overview.csv', ['GET', 'HEAD']],
    ['/api/v1/overviewxcsv', []],
    ['/api/v1/councils/351/agreement/x', []],
    ['/api/v1/nothing', []],
  ])('%s → %j', (path, methods) => {
    expect(allowedMethods(routes, path)).toEqual(methods);
  });
});
