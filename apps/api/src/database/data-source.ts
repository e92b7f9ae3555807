import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Entry point for the TypeORM CLI (tools/scripts/typeorm.mjs); the api builds its own from config. */
const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('DATABASE_URL is not set. The migration CLI needs a database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/nutmeg_dev');
}

export default new DataSource(dataSourceOptions(url));
