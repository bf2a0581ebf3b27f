import { regionalLocale } from './regionalLocale';

/** A harbour wave on the site's dark brown: the tab is recognisable among many. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%232b2118'/%3E%3Cpath d='M5 19c4-5 7 3 11-2s7 3 11-2' fill='none' stroke='%23faf6f0' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E";

/**
 * The demo site: a plain page that looks like a small customer site and embeds every widget with the
 * script tag only — no React, no build on the host side. A theme switch, a language switch and a log of
 * the DOM events the widgets send show what an integrator gets.
 */
export function demoPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Yoga — Convene demo</title>
<link rel="icon" type="image/svg+xml" href="${FAVICON}">
<style>
  html { font-size: 62.5%; } /* hostile on purpose: many sites do this; widgets must not shrink */
  body { margin: 0; font: 1.6rem/1.5 Georgia, serif; color: #2b2118; background: #faf6f0; }
  header { display: flex; flex-wrap: wrap; gap: 1.6rem; align-items: center; justify-content: space-between;
    padding: 1.6rem 2.4rem; background: #2b2118; color: #faf6f0; }
  header h1 { margin: 0; font-size: 2.4rem; letter-spacing: .1em; }
  header label { font-size: 1.4rem; margin-inline-start: 1.2rem; }
  /* min(): a column never asks for more than the screen has, so a 320 px phone does not scroll sideways. */
  main { display: grid; gap: 3.2rem; grid-template-columns: repeat(auto-fit, minmax(min(36rem, 100%), 1fr)); padding: 2.4rem; }
  @media (max-width: 30em) {
    header { padding: 1.2rem; }
    main { gap: 1.6rem; padding: .8rem; }
    section { padding: 1rem; }
  }
  section { background: #fff; border-radius: .8rem; padding: 1.6rem; box-shadow: 0 .1rem .4rem rgba(0,0,0,.1); }
  section h2 { margin-top: 0; font-size: 2rem; }
  #log { grid-column: 1 / -1; }
  #log ol { font: 1.3rem/1.4 ui-monospace, monospace; max-height: 24rem; overflow: auto; padding-inline-start: 2.4rem; }
  [data-theme="dark"] body, body[data-theme="dark"] { background: #14110f; color: #f2ebe3; }
  body[data-theme="dark"] section { background: #221d19; }
</style>
</head>
<body>
<header>
  <h1>Harbour Yoga</h1>
  <div>
    <label>Theme <select id="theme"><option value="auto">Auto</option><option value="light">Light</option><option value="dark">Dark</option></select></label>
    <label>Language <select id="locale"><option value="en">English</option><option value="nl">Nederlands</option><option value="fr">Français</option></select></label>
  </div>
</header>
<main>
  <section aria-labelledby="book-title"><h2 id="book-title">Book an intro call</h2>
    <convene-booker proxy-url="/" site-key="pk_sandbox" event-type="1"></convene-booker></section>
  <section aria-labelledby="pick-title"><h2 id="pick-title">When are we free? (picker only)</h2>
    <convene-availability-picker proxy-url="/" site-key="pk_sandbox" event-type="2"></convene-availability-picker></section>
  <section aria-labelledby="poll-title"><h2 id="poll-title">Team lunch poll</h2>
    <convene-poll-voter proxy-url="/" site-key="pk_sandbox" poll="1"></convene-poll-voter></section>
  <section aria-labelledby="invite-title"><h2 id="invite-title">Invite members (signed-in coordinator)</h2>
    <p id="invite-note">Fetching a sandbox widget token…</p>
    <div id="invite-slot"></div></section>
  <section id="log" aria-labelledby="log-title"><h2 id="log-title">Events received by the page</h2><ol aria-live="polite"></ol></section>
</main>
<script src="/demo/convene.js"></script>
<script>
  const widgets = () => document.querySelectorAll('convene-booker, convene-availability-picker, convene-poll-voter, convene-member-invite');
  const log = document.querySelector('#log ol');
  for (const name of ['convene:booked', 'convene:voted', 'convene:invited', 'convene:error']) {
    document.addEventListener(name, (event) => {
      const item = document.createElement('li');
      item.textContent = new Date().toLocaleTimeString() + ' ' + name + ' ' + JSON.stringify(event.detail).slice(0, 300);
      log.prepend(item);
    });
  }
  document.querySelector('#theme').addEventListener('change', (event) => {
    document.body.dataset.theme = event.target.value;
    for (const widget of widgets()) widget.setAttribute('theme', event.target.value);
  });
  ${regionalLocale}
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const language = document.querySelector('#locale');
  const visitorLanguage = (preferred[0] || 'en').toLowerCase().split('-')[0];
  if ([...language.options].some((option) => option.value === visitorLanguage)) language.value = visitorLanguage;
  language.addEventListener('change', (event) => {
    const tag = regionalLocale(event.target.value, preferred);
    document.documentElement.lang = tag;
    for (const widget of widgets()) widget.setAttribute('locale', tag);
  });
  // A real site mints this on its backend for the signed-in user; the sandbox mints one for the demo.
  async function sandboxToken() {
    const response = await fetch('/__sandbox/token', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: ['invite:meltingspot'], ttlSeconds: 900 }) });
    return (await response.json()).token;
  }
  sandboxToken().then((token) => {
    const invite = document.createElement('convene-member-invite');
    invite.setAttribute('proxy-url', '/');
    invite.setAttribute('site-key', 'pk_sandbox');
    invite.setAttribute('directory', 'meltingspot');
    invite.setAttribute('token', token);
    invite.getToken = sandboxToken;
    document.querySelector('#invite-slot').append(invite);
    document.querySelector('#invite-note').textContent = 'Signed in as the demo coordinator.';
  }, () => { document.querySelector('#invite-note').textContent = 'Could not get a sandbox token.'; });
</script>
</body>
</html>`;
}
