import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

@Module({})
export class DatabaseModule {
  /** Connects and applies pending migrations before any module can touch the database. */
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(databaseUrl),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('no data source options');
            const dataSource = await new DataSource(options).initialize();
            const applied = await runMigrationsLocked(dataSource);
            if (applied.length > 0) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
            return dataSource;
          },
        }),
      ],
    };
  }
}
