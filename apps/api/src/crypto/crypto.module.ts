import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldCipher } from './field-cipher';

@Global()
@Module({
  providers: [{ provide: FieldCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new FieldCipher(config.encryptionKey) }],
  exports: [FieldCipher],
})
export class CryptoModule {}
