import type { Agreement } from '../../schemas/agreement';
import type { Store } from '../client';
import { councilPk, keys } from '../keys';
import { queryAll } from '../query-all';
import { stripKeys } from '../strip-keys';

/** Every version of the council's agreement, newest first. */
export async function listAgreementVersions(store: Store, laCode: string): Promise<Agreement[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': councilPk(laCode), ':prefix': keys.agreementVersionPrefix },
    ScanIndexForward: false,
  });
  return items.map((item) => stripKeys<Agreement>(item));
}
