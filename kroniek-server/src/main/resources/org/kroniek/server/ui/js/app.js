// The single-page UI: a hash router over four pages. Every page is built with dom.js (text nodes only).
import { t, lang, setLang } from './i18n.js';
import { el, clear } from './dom.js';
import { searchPage } from './search.js';
import { articlePage } from './article.js';
import { storyPage, storiesPage } from './story.js';
import { actorPage, actorsPage } from './actor.js';

const main = document.getElementById('main');

const routes = [
  [/^\/?$/, () => homePage()],
  [/^\/search$/, (m, q) => searchPage(main, q)],
  [/^\/documents\/(\d+)$/, (m, q) => articlePage(main, m[1], q)],
  [/^\/stories$/, (m, q) => storiesPage(main, q)],
  [/^\/stories\/(\d+)$/, (m, q) => storyPage(main, m[1], q)],
  [/^\/actors$/, (m, q) => actorsPage(main, q)],
  [/^\/actors\/(\d+)$/, (m, q) => actorPage(main, m[1], q)],
];

function homePage() {
  clear(main).append(el('p', { class: 'empty', text: t('home') }));
}

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  document.getElementById('search-input').value = path === '/search' ? (params.get('q') || '') : '';
  for (const [pattern, page] of routes) {
    const match = path.match(pattern);
    if (match) {
      try {
        await page(match, params);
      } catch (error) {
        clear(main).append(el('p', { class: 'error', text: `${t('error')}: ${error.message}` }));
      }
      document.body.dataset.page = path.split('/')[1] || 'home';
      document.body.dataset.ready = String(Date.now());
      return;
    }
  }
  clear(main).append(el('p', { class: 'error', text: t('notFound') }));
}

function translateChrome() {
  document.documentElement.lang = lang();
  document.getElementById('search-input').placeholder = t('searchPlaceholder');
  document.getElementById('search-button').textContent = t('search');
  document.getElementById('language-toggle').textContent = t('language');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  location.hash = `#/search?${new URLSearchParams({ q })}`;
});
document.getElementById('language-toggle').addEventListener('click', () => {
  setLang(lang() === 'nl' ? 'en' : 'nl');
  translateChrome();
  route();
});
window.addEventListener('hashchange', route);
translateChrome();
route();
