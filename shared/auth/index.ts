export * from './roles';
export * from './access';
export * from './verify-token';
