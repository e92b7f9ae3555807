export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __NUTMEG_PG__?: { stop(): Promise<void> } }).__NUTMEG_PG__?.stop();
}
