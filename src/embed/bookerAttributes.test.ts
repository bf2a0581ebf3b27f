import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookerPropsFromAttributes, idListAttribute } from './bookerAttributes';

const from = (attributes: Record<string, string>) =>
  bookerPropsFromAttributes((name) => attributes[name] ?? null, 'convene-booker');

afterEach(() => vi.restoreAllMocks());

describe('steering the Booker with attributes', () => {
  it('prefills, locks what was prefilled, and opens on a day with a duration', () => {
    expect(
      from({
        name: ' Ada Lovelace ',
        email: 'ada@example.com',
        phone: '+31 20 123 4567',
        guests: 'grace@example.com, alan@example.com',
        answers: '{"q-topic":"Pricing","q-days":["Monday","Friday"]}',
        locked: 'name, email, q-topic',
        date: '2027-01-14',
        month: '2027-01',
        duration: '60',
      }),
    ).toEqual({
      defaultValues: {
        fullName: 'Ada Lovelace',
        email: 'ada@example.com',
        phoneNumber: '+31 20 123 4567',
        guests: 'grace@example.com, alan@example.com',
        answers: { 'q-topic': 'Pricing', 'q-days': ['Monday', 'Friday'] },
      },
      readOnlyFields: ['fullName', 'email', 'question:q-topic'],
      initialDate: '2027-01-14',
      initialMonth: '2027-01',
      defaultDuration: 60,
    });
  });

  it('a locked field that was not prefilled stays editable (the visitor could not book otherwise)', () => {
    expect(from({ locked: 'name,phone,q-topic' })).toEqual({});
  });

  it.each([
    ['answers that are not JSON', { answers: '{q-topic: Pricing' }],
    ['answers with objects inside', { answers: '{"q-topic":{"$gt":""}}' }],
    ['an array of answers', { answers: '["Pricing"]' }],
    ['a date that does not exist', { date: '2027-02-30' }],
    ['a month out of range', { month: '2027-13' }],
    ['a negative or fractional duration', { duration: '-30' }],
    ['a duration that is not a number', { duration: '30min' }],
  ])('ignores %s', (_name, attributes) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(from(attributes)).toEqual({});
  });

  it('bounds what a page can push into the form', () => {
    const long = 'x'.repeat(10_000);
    const props = from({ name: long, answers: JSON.stringify({ q: long }) });
    expect(props.defaultValues?.fullName).toHaveLength(500);
    expect(props.defaultValues?.answers?.q).toHaveLength(5000);
  });

  it('reads event-types as positive ids in order', () => {
    expect(idListAttribute('2, 1,abc,-3,0')).toEqual([2, 1]);
    expect(idListAttribute('')).toBeUndefined();
  });
});
