const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api') },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The bulk data generator and the command-line sweep ship beside the api and share its code.
      additionalEntryPoints: [
        { entryName: 'seed', entryPath: 'apps/api/src/cli/seed.ts' },
        { entryName: 'sweep', entryPath: 'apps/api/src/cli/sweep.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      // The swagger plugin reads DTO types and class-validator rules into the OpenAPI document.
      transformers: [{ name: '@nestjs/swagger/plugin', options: { classValidatorShim: true, introspectComments: true } }],
    }),
  ],
};
