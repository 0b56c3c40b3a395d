import { describe, expect, it } from 'vitest';
import { readNuxtState } from '../../../page/nuxt-state';

describe('readNuxtState', () => {
  it('reads an object literal: names, quoted keys, escapes, numbers, words', () => {
    const state = readNuxtState(
      `window.__NUXT__={layout:"default","x-y":'it\\'s',path:"\\u002Fnews\\u002Fa",n:-1.5e2,big:1725960600000,ok:true,no:null,gone:void 0,list:[1,"two",[3]]};`,
    );
    expect(state).toEqual({
      layout: 'default',
      'x-y': "it's",
      path: '/news/a',
      n: -150,
      big: 1725960600000,
      ok: true,
      no: null,
      gone: undefined,
      list: [1, 'two', [3]],
    });
  });

  it("reads devalue's function form, each parameter standing for its argument", () => {
    const inside = readNuxtState(
      'window.__NUXT__=(function(a,b){return {data:[{title:"The ferry",publishedAt:a,also:a}],lang:b}}("2024-10-01T08:00:00Z","en"));',
    );
    expect(inside).toEqual({
      data: [
        { title: 'The ferry', publishedAt: '2024-10-01T08:00:00Z', also: '2024-10-01T08:00:00Z' },
      ],
      lang: 'en',
    });
    // devalue calls it inside the parentheses; any other way is not read.
    expect(readNuxtState('window.__NUXT__=(function(a){return {when:a}})(7);')).toBeUndefined();
  });

  it('passes over the statements before return and reads the calls devalue writes', () => {
    const state = readNuxtState(
      'window.__NUXT__=(function(a){a.self=a;return {a:a,d:new Date(1725960600000),o:Object.create(null),s:new Set([1,2]),holes:Array(2)}}({}));',
    ) as Record<string, unknown>;
    expect(state.d).toBe(1725960600000);
    expect(state.o).toEqual({});
    expect(state.s).toEqual([1, 2]);
    expect(state.holes).toEqual([undefined, undefined]);
  });

  it('reads nothing from another script, a form it does not know, or broken text: it never runs the page', () => {
    expect(readNuxtState('var x = 1; window.__NUXT__={a:1}')).toBeUndefined();
    expect(readNuxtState('window.__NUXT__={a:fetch("/x")}')).toBeUndefined();
    expect(readNuxtState('window.__NUXT__={a:`template`}')).toBeUndefined();
    expect(readNuxtState('window.__NUXT__={a:"never closed}')).toBeUndefined();
    expect(readNuxtState('window.__NUXT__={a:function(){return 1}}')).toBeUndefined();
    expect(readNuxtState(`window.__NUXT__=${'['.repeat(200)}${']'.repeat(200)}`)).toBeUndefined();
    expect(readNuxtState('window.__NEXT__={a:1}')).toBeUndefined();
  });
});
