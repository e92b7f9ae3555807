/** Start-up stops with this: every problem names the variable and says what to do. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Nutmeg cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set or fix these environment variables (see README.md "Configuration") and start again.',
    );
    this.name = 'ConfigError';
  }
}
