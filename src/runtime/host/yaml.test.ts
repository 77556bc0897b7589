import { describe, expect, it } from 'vitest';
import { yamlBuiltins as y } from './yaml.js';

describe('yaml builtins', () => {
  it('unmarshals YAML 1.1 scalars like Go does', () => {
    expect(y['yaml.unmarshal']!('a: yes\nb: [1, 2.5, ~]\nc: "x"\n')).toEqual({ a: true, b: [1, 2.5, null], c: 'x' });
    expect(y['yaml.unmarshal']!('')).toBeNull();
    expect(y['yaml.unmarshal']!('a: 1\n---\nb: 2\n')).toEqual({ a: 1 });
  });

  it('rejects invalid YAML, duplicate keys and alias bombs', () => {
    expect(() => y['yaml.unmarshal']!('a: [1')).toThrow(/yaml:/);
    expect(() => y['yaml.unmarshal']!('a: 1\na: 2\n')).toThrow(/yaml:/);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`)].join('\n');
    expect(() => y['yaml.unmarshal']!(bomb)).toThrow(/yaml:/);
    expect(y['yaml.is_valid']!('a: [1')).toBe(false);
    expect(y['yaml.is_valid']!('a: 1')).toBe(true);
    expect(y['yaml.is_valid']!(1)).toBe(false);
  });

  it('marshals with sorted keys and unindented sequences', () => {
    expect(y['yaml.marshal']!({ b: [1, 'x'], a: 'true' })).toBe('a: "true"\nb:\n- 1\n- x\n');
  });
});
