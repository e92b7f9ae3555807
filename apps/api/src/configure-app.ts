import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { jsonBody } from './common/json-body';
import { createValidationPipe } from './common/validation.pipe';

/**
 * Everything about the HTTP surface, shared by main.ts and the integration tests so both see the same app.
 * The app must be created with `{ bodyParser: false }` (see common/json-body.ts).
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.setGlobalPrefix('api');
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  app.use(...jsonBody('1mb'));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Nutmeg API')
      .setDescription(
        'Case management for Connecticut DRS balance-due notices. Money is sent as decimal strings ("2320.00"); ' +
          'calendar dates as YYYY-MM-DD in America/New_York. Sign in with POST /api/auth/login and send the token as a bearer token.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
