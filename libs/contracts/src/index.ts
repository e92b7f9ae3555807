export * from './lib/roles';
export * from './lib/auth';
export * from './lib/clients';
export * from './lib/http';
export * from './lib/notices';
