import { nameKey, nameSimilarity } from './client-matches';

describe('matching a letter to a client by name', () => {
  it('ignores case, punctuation and entity words', () => {
    expect(nameKey('HARBOR WIDGETS, L.L.C.')).toBe(nameKey('Harbor Widgets LLC'));
    expect(nameKey('The Nutmeg Bakery, Inc.')).toBe('nutmeg bakery');
  });

  it('scores an OCR slip as close and another business as far', () => {
    expect(nameSimilarity(nameKey('Harbor Widgets LLC'), nameKey('Harbar Widgets LLC'))).toBeGreaterThan(0.72);
    expect(nameSimilarity(nameKey('Harbor Widgets LLC'), nameKey('Hartford Welding Co'))).toBeLessThan(0.72);
  });
});
