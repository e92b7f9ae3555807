import { parseTaxpayerId } from '../clients/taxpayer-id';
import { generateClients } from './demo-clients';

describe('generateClients', () => {
  const clients = generateClients(200, 42);

  it('is deterministic for a seed', () => {
    expect(generateClients(200, 42)).toEqual(clients);
    expect(generateClients(5, 43)).not.toEqual(clients.slice(0, 5));
  });

  it('produces taxpayer ids the api itself accepts', () => {
    for (const client of clients) {
      expect(parseTaxpayerId(client.kind, client.taxpayerIdDigits)).toMatchObject({ ok: true });
    }
  });

  it('mixes individuals and businesses with varied exposure', () => {
    const businesses = clients.filter((client) => client.kind === 'business').length;
    expect(businesses).toBeGreaterThan(20);
    expect(businesses).toBeLessThan(120);
    expect(clients.some((client) => client.ownsRealProperty)).toBe(true);
    expect(clients.some((client) => client.hasW2Wages)).toBe(true);
  });
});
