import { blockRanges, idRanges } from './sweep.service';

describe('idRanges', () => {
  it('is the whole id space for one worker', () => {
    expect(idRanges(1)).toEqual([{ after: '00000000-0000-0000-0000-000000000000', upTo: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }]);
  });

  it('splits the space into adjoining ranges that leave no id out', () => {
    const ranges = idRanges(3);
    expect(ranges.map((range) => range.upTo)).toEqual(['55555555-0000-0000-0000-000000000000', 'aaaaaaaa-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']);
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i].after).toBe(ranges[i - 1].upTo);
    // (after, upTo]: an id equal to a boundary belongs to exactly one range (uuids compare as PostgreSQL does, by bytes).
    const inRanges = (id: string) => ranges.filter((range) => id > range.after && id <= range.upTo).length;
    for (const id of ['55555555-0000-0000-0000-000000000000', '55555555-0000-0000-0000-000000000001', '0a1b2c3d-0000-4000-8000-000000000000', 'fffffffe-ffff-4fff-bfff-ffffffffffff']) {
      expect(inRanges(id)).toBe(1);
    }
  });
});

describe('blockRanges', () => {
  it('splits the blocks into adjoining ranges covering each block once', () => {
    expect(blockRanges(10, 3)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 10 },
    ]);
  });

  it('leaves out empty ranges of a table smaller than the workers', () => {
    expect(blockRanges(1, 2)).toEqual([{ from: 0, to: 1 }]);
  });
});
