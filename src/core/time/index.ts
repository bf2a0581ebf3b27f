export * from './format';
export * from './zoned';
