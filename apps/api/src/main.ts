import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { configureApp } from './configure-app';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-seed.service';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Nutmeg');
  const { config, notices } = loadConfig();
  notices.forEach((notice) => logger.warn(notice));

  let databaseUrl = config.databaseUrl;
  let stopDatabase = async (): Promise<void> => undefined;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedPostgres.dataDir,
      port: config.embeddedPostgres.port,
      database: 'nutmeg',
      log: (message) => logger.log(message),
    });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
  });
  configureApp(app);
  // Stop the embedded server after Nest has closed its connections, on Ctrl-C as on SIGTERM.
  const shutdown = async (signal: string): Promise<void> => {
    logger.log(`${signal} received: stopping`);
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  logger.log(`Nutmeg is running at ${url} (API docs: ${url}/api/docs)`);
  logger.log(config.databaseUrl ? 'Database: DATABASE_URL' : `Database: embedded PostgreSQL on port ${config.embeddedPostgres.port}, data in ${config.embeddedPostgres.dataDir}`);
  if (config.seedDemo) {
    logger.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((user) => `${user.email} (${user.role})`).join(', ')}`);
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Nutmeg could not start:', error instanceof Error ? error.stack ?? error.message : error);
  }
  process.exit(1);
});
