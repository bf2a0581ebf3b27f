// `npm run check:package`: the built package as a CommonJS host loads it (Jest, Node scripts, tools that
// still `require`). Node >= 20.19 can require an ES module, but only through an exports condition that
// `require` matches: our `default`. Run after `npm run build`; it loads dist/ by the package's own name.
const assert = require('node:assert/strict');

const convene = require('convene');
for (const name of [
  'ConveneProvider',
  'Booker',
  'BookingForm',
  'AvailabilityPicker',
  'PollVoter',
  'MemberInvite',
]) {
  assert.equal(typeof convene[name], 'function', `convene.${name} is a component`);
}

// The server-safe half works in plain Node: a client and a query's options, with the key the widgets use.
const client = convene.createClient({ proxyUrl: 'https://proxy.example/', siteKey: 'pk_test' });
assert.equal(client.proxyUrl, 'https://proxy.example');
const query = convene.availabilityQuery(client, 2, {
  month: '2026-12',
  timeZone: 'Europe/Amsterdam',
  durationMinutes: 30,
});
assert.deepEqual(query.queryKey.slice(0, 3), ['simplymeet', 'availability', 2]);
assert.equal(typeof query.queryFn, 'function');

assert.equal(typeof require('convene/embed').registerConveneElements, 'function');

console.log('require(convene), require(convene/embed): ok');
