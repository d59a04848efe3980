/**
 * The condition of an optimistic write: the item must still be at the version that was
 * read, or, when none was read, must not exist yet.
 */
export function versionCondition(previousVersion: number | undefined) {
  return previousVersion === undefined
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        ConditionExpression: 'version = :previousVersion',
        ExpressionAttributeValues: { ':previousVersion': previousVersion },
      };
}
