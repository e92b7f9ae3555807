import { mergeOverrides } from './merge-overrides';

const defaults = {
  row: { id: 'x.row', value: { rate: '0.10', minimum: null as string | null }, citation: { source: 'seed', reference: 'r' } },
  list: { id: 'x.list', value: ['a', 'b'], citation: { source: 'seed', reference: 'r' } },
  plain: { label: 'Label' },
};

describe('mergeOverrides', () => {
  it('merges objects key by key, replaces arrays and scalars, and marks changed rows', () => {
    const merged = mergeOverrides(defaults, { row: { value: { minimum: '50.00' } }, list: { value: ['b'] } }, 'rules') as typeof defaults & {
      row: { overridden?: boolean };
    };
    expect(merged.row.value).toEqual({ rate: '0.10', minimum: '50.00' });
    expect(merged.row.overridden).toBe(true);
    expect(merged.list.value).toEqual(['b']);
    expect(merged.plain).toBe(defaults.plain);
    expect(defaults.row.value.minimum).toBeNull();
  });

  it('returns the defaults untouched when there is no override', () => {
    expect(mergeOverrides(defaults, undefined, 'rules')).toBe(defaults);
  });

  it.each([
    [{ unknown: 1 }, 'rules.unknown', 'is not a known rule setting'],
    [{ row: 'x' }, 'rules.row', 'must be an object of rule settings'],
    [{ list: { value: 'a' } }, 'rules.list.value', 'must be a list'],
    [{ row: { value: { rate: { deep: 1 } } } }, 'rules.row.value.rate', 'must be a single value, not an object or a list'],
    [{ row: { id: 'y' } }, 'rules.row.id', 'cannot be changed (it is x.row)'],
    [{ row: { overridden: true } }, 'rules.row.overridden', 'is set by the engine, not by a firm'],
  ])('refuses %j naming %s', (overrides, field, message) => {
    expect(() => mergeOverrides(defaults, overrides, 'rules')).toThrow(expect.objectContaining({ field, message }));
  });
});
