import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { buildCouncil } from '../support/council-builder';
import { startBenchApi } from './harness';
const ddb = await startDynamoDbLocal();
const api = await startBenchApi(ddb.endpoint);
await buildCouncil(api.store, '300', 'Council 300');
const token = await api.identity.issueToken({ sub: 'e', role: 'council-editor', laCode: '300' });
const go = () =>
  fetch(`${api.url}/api/v1/councils/300/agreement`, {
    headers: { Authorization: `Bearer ${token}` },
  }).then((r) => r.text());
for (let i = 0; i < 200; i++) await go();
const t = performance.now();
for (let i = 0; i < 1500; i++) await go();
console.log('per request ms', (performance.now() - t) / 1500);
await api.close();
await ddb.stop();
