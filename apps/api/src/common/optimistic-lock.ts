import { ConflictException } from '@nestjs/common';

/**
 * Optimistic concurrency: the editor sends the version they started from. Called with the row locked
 * (SELECT ... FOR UPDATE), so the check and the write that follows cannot interleave with another edit.
 */
export function assertCurrentVersion(entity: { version: number }, expected: number, label: string): void {
  if (entity.version !== expected) {
    throw new ConflictException({
      message: `${label} was changed by someone else (you edited version ${expected}, it is now version ${entity.version}); reload and apply your change again`,
      currentVersion: entity.version,
    });
  }
}
