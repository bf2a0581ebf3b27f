import { describe, expect, it } from 'vitest';
import { addressListReducer, emptyAddressList, failedAddresses, sendableAddresses } from './addressList';

const pasted = (text: string) => addressListReducer(emptyAddressList, { type: 'paste', text });

describe('addressListReducer', () => {
  it('adds pasted addresses and remembers how many duplicates the paste merged', () => {
    const state = pasted('a@x.com, A@X.com, b@x.com');
    expect(state.addresses.map((a) => a.email)).toEqual(['a@x.com', 'b@x.com']);
    expect(state.lastDuplicatesMerged).toBe(1);
  });

  it('merges a second paste with what is already there', () => {
    const state = addressListReducer(pasted('a@x.com'), { type: 'paste', text: 'b@x.com a@X.COM' });
    expect(state.addresses.map((a) => a.email)).toEqual(['a@x.com', 'b@x.com']);
    expect(state.lastDuplicatesMerged).toBe(1);
  });

  it('removes one address and its result', () => {
    let state = pasted('a@x.com b@x.com');
    state = addressListReducer(state, { type: 'results', results: [{ email: 'a@x.com', status: 'failed' }] });
    state = addressListReducer(state, { type: 'remove', key: 'a@x.com' });
    expect(state.addresses.map((a) => a.email)).toEqual(['b@x.com']);
    expect(state.results.size).toBe(0);
  });

  it('checks an edited address again in its place', () => {
    let state = pasted('a@x.com not-an-address c@x.com');
    state = addressListReducer(state, { type: 'edit', key: 'not-an-address', text: 'b@x' });
    expect(state.addresses.map((a) => [a.raw, a.invalid])).toEqual([
      ['a@x.com', undefined],
      ['b@x', 'invalid_domain'],
      ['c@x.com', undefined],
    ]);
    state = addressListReducer(state, { type: 'edit', key: 'b@x', text: 'b@x.com' });
    expect(state.addresses.map((a) => [a.email, a.invalid])).toEqual([
      ['a@x.com', undefined],
      ['b@x.com', undefined],
      ['c@x.com', undefined],
    ]);
    // Corrected into an address already listed: merged, not listed twice.
    state = addressListReducer(pasted('a@x.com a@x'), { type: 'edit', key: 'a@x', text: 'A@x.com' });
    expect(state.addresses.map((a) => a.email)).toEqual(['a@x.com']);
    expect(state.lastDuplicatesMerged).toBe(1);
  });

  it('does not change the previous state (React compares by reference)', () => {
    const before = pasted('a@x.com');
    addressListReducer(before, { type: 'paste', text: 'b@x.com' });
    expect(before.addresses).toHaveLength(1);
  });
});

describe('what to send and retry', () => {
  it('leaves out invalid, invited and already-member addresses, keeps failed and rate-limited ones', () => {
    let state = pasted('ok@x.com bad new@x.com member@x.com failed@x.com slow@x.com');
    state = addressListReducer(state, {
      type: 'results',
      results: [
        { email: 'ok@x.com', status: 'invited' },
        { email: 'member@x.com', status: 'already_member' },
        { email: 'failed@x.com', status: 'failed', reason: 'blocked domain' },
        { email: 'slow@x.com', status: 'rate_limited', retryAfter: 5 },
      ],
    });
    expect(sendableAddresses(state).map((a) => a.email)).toEqual(['new@x.com', 'failed@x.com', 'slow@x.com']);
    expect(failedAddresses(state).map((a) => a.email)).toEqual(['failed@x.com', 'slow@x.com']);
  });

  it('matches results to addresses whatever the case the vendor answers in', () => {
    let state = pasted('Ada@x.com');
    state = addressListReducer(state, {
      type: 'results',
      results: [{ email: 'ADA@X.COM', status: 'invited' }],
    });
    expect(sendableAddresses(state)).toEqual([]);
  });
});
