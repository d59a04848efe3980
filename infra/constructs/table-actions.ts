/**
 * The DynamoDB actions the service's roles are built from. None of them is Scan or any
 * table management: every read is by key or by index query, as the design requires.
 * Transactions need no actions of their own; DynamoDB authorises each item of a
 * TransactWriteItems or TransactGetItems by the matching item action below.
 */
export const ITEM_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
] as const;

/** Creating and changing items. The API never deletes: history is kept, not removed. */
export const ITEM_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;

/** The alert workers free an alert's slot when the alert resolves. */
export const ITEM_DELETE_ACTIONS = ['dynamodb:DeleteItem'] as const;

/** Reading a secondary index is a query on it, and nothing else. */
export const INDEX_READ_ACTIONS = ['dynamodb:Query'] as const;
