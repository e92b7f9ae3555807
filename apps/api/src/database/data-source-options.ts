import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The single description of the database, shared by the api at run time and the migration CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // Schema changes only through migrations; the app applies pending ones at start (DatabaseModule).
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed (or allowed).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'nutmeg-api' },
  };
}
