export * from './lib/roles';
export * from './lib/auth';
export * from './lib/clients';
export * from './lib/http';
export * from './lib/notices';
export * from './lib/poa';
export * from './lib/calls';
export * from './lib/resolutions';
