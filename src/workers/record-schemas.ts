/** Moved to src/core/record-schemas.ts (issue 6: core validates experiment records too); kept so that worker imports stay short. */
export * from '../core/record-schemas';
