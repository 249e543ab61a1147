// Search page: hits with highlighted snippets, facets (date, actor, event type, story), pages.
import { get } from './api.js';
import { t } from './i18n.js';
import { el, clear, snippet } from './dom.js';

const FILTERS = ['q', 'from', 'to', 'actor', 'type', 'language', 'sort'];

function link(params, changes) {
  const next = new URLSearchParams();
  for (const key of FILTERS) if (params.get(key)) next.set(key, params.get(key));
  for (const [k, v] of Object.entries(changes)) v === null ? next.delete(k) : next.set(k, v);
  return `#/search?${next}`;
}

export async function searchPage(main, params) {
  const offset = Number(params.get('offset') || 0);
  const query = Object.fromEntries(FILTERS.map(k => [k, params.get(k)]));
  const result = await get('/api/search', { ...query, offset, limit: 20, facets: true });
  const hits = el('section', { class: 'hits' },
    el('p', { class: 'meta', id: 'result-count', text: t('results', result.total) }));
  if (result.items.length === 0) hits.append(el('p', { class: 'empty', text: t('noResults') }));
  for (const hit of result.items) {
    hits.append(el('article', { class: 'hit', 'data-seq': hit.seq },
      el('h2', {}, el('a', { href: `#/documents/${hit.seq}`, class: 'hit-link', text: hit.headline || hit.id })),
      el('div', { class: 'meta', text: [hit.dct, hit.publisher, hit.language].filter(Boolean).join(' · ')
        + (hit.duplicates ? ` · ${t('duplicates', hit.duplicates)}` : '') }),
      ...hit.snippets.map(s => el('p', {}, snippet(s)))));
  }
  const pager = el('div', { class: 'pager' });
  if (offset > 0) pager.append(el('a', { href: link(params, { offset: Math.max(0, offset - 20) }), text: t('previous') }));
  if (offset + 20 < result.total) pager.append(el('a', { href: link(params, { offset: offset + 20 }), text: t('next') }));
  hits.append(pager);
  clear(main).append(el('div', { class: 'layout' }, facets(result.facets, params), hits));
}

function facets(f, params) {
  const box = el('aside', { class: 'facets' });
  const group = (title, items, toLink, label) => {
    if (!items || items.length === 0) return;
    box.append(el('h3', { text: title }), el('ul', {}, items.map(item =>
      el('li', {}, el('a', { href: toLink(item), text: label(item) }), ` (${item.count})`))));
  };
  group(t('months'), f.months, m => link(params, { from: m.value, to: m.value, offset: null }), m => m.value);
  group(t('actors'), f.actors, a => link(params, { actor: a.code || a.value, offset: null }), a => a.value);
  group(t('eventTypes'), f.eventTypes, e => link(params, { type: e.value, offset: null }), e => e.value);
  group(t('stories'), f.stories, s => `#/stories/${s.value}`, s => s.label || `#${s.value}`);
  if (['from', 'to', 'actor', 'type', 'language'].some(k => params.get(k))) {
    box.append(el('p', {}, el('a', { href: link(params, { from: null, to: null, actor: null, type: null,
      language: null, offset: null }), text: t('clearFilters') })));
  }
  return box;
}
