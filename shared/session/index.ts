/** The guided session's pure domain logic; see each file for the why. */
export * from './step-ids';
export * from './session-events';
export * from './commands';
export * from './state';
export * from './steps';
export * from './countdown';
export * from './spelling';
export * from './step-guides';
export * from './talking-points';
export * from './troubleshooting';
export * from './hygiene';
export * from './recap';
export * from './elapsed';
export * from './quick-assist-labels';
export * from './plan';
