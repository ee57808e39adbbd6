import { describe, expect, it } from 'vitest';
import { applyPatch, type PatchOperation } from '../../src/authoring/json-patch.js';

const apply = (doc: unknown, ops: PatchOperation[]) => applyPatch(doc, ops);
const value = (doc: unknown, ops: PatchOperation[]): unknown => {
  const r = apply(doc, ops);
  if (!r.ok) throw new Error(`did not apply: ${r.index} ${r.reason.en}`);
  return r.value;
};
const failure = (doc: unknown, ops: PatchOperation[]): string => {
  const r = apply(doc, ops);
  if (r.ok) throw new Error('applied');
  return `${r.index}: ${r.reason.en}`;
};

// The examples of RFC 6902 appendix A, and what a case author meets most.
describe('JSON Patch (RFC 6902)', () => {
  it('add: an object member, an array element before an index, at the end with -, and the whole document', () => {
    expect(value({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }])).toEqual({ baz: 'qux', foo: 'bar' });
    expect(value({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({ foo: ['bar', 'qux', 'baz'] });
    expect(value({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }])).toEqual({ foo: ['bar', ['abc', 'def']] });
    expect(value({ foo: 1 }, [{ op: 'add', path: '', value: { bar: 2 } }])).toEqual({ bar: 2 });
  });

  it('remove, replace, move and copy', () => {
    expect(value({ baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toEqual({ foo: 'bar' });
    expect(value({ foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }])).toEqual({ foo: ['bar', 'baz'] });
    expect(value({ baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }])).toEqual({ baz: 'boo', foo: 'bar' });
    expect(value({ foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } }, [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }]))
      .toEqual({ foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } });
    expect(value({ foo: ['all', 'grass', 'cows', 'eat'] }, [{ op: 'move', from: '/foo/1', path: '/foo/3' }])).toEqual({ foo: ['all', 'cows', 'eat', 'grass'] });
    expect(value({ a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }, { op: 'replace', path: '/c/b', value: 2 }])).toEqual({ a: { b: 1 }, c: { b: 2 } });
  });

  it('test compares JSON values (key order aside); a failed test stops the patch', () => {
    expect(value({ baz: 'qux', foo: ['a', 2, 'c'] }, [{ op: 'test', path: '/baz', value: 'qux' }, { op: 'test', path: '/foo/1', value: 2 }])).toEqual({ baz: 'qux', foo: ['a', 2, 'c'] });
    expect(value({ a: { x: 1, y: 2 } }, [{ op: 'test', path: '/a', value: { y: 2, x: 1 } }])).toEqual({ a: { x: 1, y: 2 } });
    expect(failure({ baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }])).toBe('0: the value at /baz is "qux", not "bar".');
    expect(failure({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: '10' }])).toBe('0: the value at /~01 is 10, not "10".');
  });

  it('escaped pointers (~0 for ~, ~1 for /)', () => {
    expect(value({ 'a/b': 1, 'm~n': 2 }, [{ op: 'replace', path: '/a~1b', value: 3 }, { op: 'remove', path: '/m~0n' }])).toEqual({ 'a/b': 3 });
  });

  it('a path that is not there fails at its operation and says where', () => {
    expect(failure({ baz: 'qux' }, [{ op: 'add', path: '/baz/bat', value: 'qux' }])).toBe('0: /baz is neither an object nor an array.');
    expect(failure({ foo: { bar: 1 } }, [{ op: 'add', path: '/x', value: 1 }, { op: 'add', path: '/foo/baz/bat', value: 1 }])).toBe('1: /foo/baz does not exist.');
    expect(failure({ foo: 1 }, [{ op: 'remove', path: '/bar' }])).toBe('0: /bar does not exist.');
    expect(failure({ foo: 1 }, [{ op: 'replace', path: '/bar', value: 2 }])).toBe('0: /bar does not exist.');
    expect(failure({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/3', value: 'x' }])).toBe('0: /foo/3: the array index must be a number from 0 to 2.');
    expect(failure({ foo: ['bar'] }, [{ op: 'remove', path: '/foo/-' }])).toBe('0: /foo/-: the array index must be a number from 0 to 0.');
    expect(failure({ foo: ['bar'] }, [{ op: 'replace', path: '/foo/01', value: 1 }])).toBe('0: /foo/01: the array index must be a number from 0 to 0.');
    expect(failure({ a: { b: {} } }, [{ op: 'move', from: '/a', path: '/a/b/c' }])).toBe('0: cannot move /a into itself (/a/b/c).');
    expect(failure({ a: 1 }, [{ op: 'add', path: '/b' }])).toBe('0: `add` needs a `value`.');
    expect(failure({ a: 1 }, [{ op: 'copy', path: '/b' }])).toBe('0: `copy` needs a `from`.');
  });

  it('never changes the document it is given, and says where each operation wrote', () => {
    const doc = { list: [{ a: 1 }] };
    const r = apply(doc, [{ op: 'add', path: '/list/-', value: { a: 2 } }, { op: 'replace', path: '/list/0/a', value: 3 }, { op: 'remove', path: '/list/1' }]);
    expect(doc).toEqual({ list: [{ a: 1 }] });
    expect(r).toEqual({ ok: true, value: { list: [{ a: 3 }] }, written: ['/list/1', '/list/0/a', undefined] });
  });
});
