// Article page: the text with entities, actors, time expressions and events marked in their own colours;
// hovering shows the canonical actor, the normalised date or the event's roles. ?sentence=N focuses a sentence.
import { get } from './api.js';
import { t } from './i18n.js';
import { el, clear } from './dom.js';

// Higher wins where annotations overlap.
const PRIORITY = { event: 4, timex: 3, actor: 2, entity: 1 };

function annotations(doc) {
  const list = [];
  for (const e of doc.entities || []) {
    list.push({ start: e.start, end: e.end, kind: e.actor ? 'actor' : 'entity',
      info: [`${e.type || ''} ${e.text}`, e.canonical || e.actor ? `${t('canonical')}: ${e.canonical || ''} ${e.actor || ''}` : null] });
  }
  for (const m of doc.mentions || []) {
    if (m.actor || m.canonical) list.push({ start: m.start, end: m.end, kind: 'actor',
      info: [`${t('canonical')}: ${m.canonical || ''} ${m.actor || ''}`, m.via ? `via ${m.via}` : null] });
  }
  for (const x of doc.timexes || []) {
    list.push({ start: x.start, end: x.end, kind: 'timex',
      info: [`${x.type}: ${x.text}`, `${t('normalised')}: ${x.value ?? '?'}${x.mod ? ` (${x.mod})` : ''}`] });
  }
  (doc.events || []).forEach((ev, i) => {
    if (!ev.trigger) return;
    list.push({ start: ev.trigger.start, end: ev.trigger.end, kind: 'event', event: i,
      info: [`${t('type')}: ${ev.type}`, `${t('roles')}: ${ev.actor || '?'} → ${ev.target || '?'}`,
        ev.date ? `${t('normalised')}: ${ev.date}` : null, ev.mode ? `mode: ${ev.mode}` : null,
        ev.source ? `${t('source')}: ${ev.source}` : null, ev.location ? `@ ${ev.location}` : null] });
  });
  const length = doc.text.length;
  return list.filter(a => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.end <= length);
}

// Renders text[start, end) cut at every annotation boundary; each piece takes the strongest covering annotation.
function renderRange(text, start, end, anns) {
  const inside = anns.filter(a => a.start < end && a.end > start);
  const cuts = new Set([start, end]);
  for (const a of inside) { cuts.add(Math.max(start, a.start)); cuts.add(Math.min(end, a.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = inside.filter(a => a.start <= from && a.end >= to);
    if (covering.length === 0) { nodes.push(document.createTextNode(piece)); continue; }
    covering.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind]);
    const top = covering[0];
    const info = covering.flatMap(a => a.info).filter(Boolean).join('\n');
    nodes.push(el('span', { class: `ann ann-${top.kind}`, 'data-kind': top.kind, 'data-info': info,
      'data-event': top.event ?? null, text: piece }));
  }
  return nodes;
}

export async function articlePage(main, seq, params) {
  const doc = await get(`/api/documents/${seq}`);
  const anns = annotations(doc);
  const body = el('div', { class: 'article', id: 'article-text' });
  let pos = 0;
  (doc.sentences || []).forEach((s, i) => {
    if (s.start > pos) body.append(...renderRange(doc.text, pos, s.start, anns));
    body.append(el('span', { class: s.heading ? 'sentence heading' : 'sentence', id: `s-${i}`, 'data-sentence': i },
      ...renderRange(doc.text, s.start, s.end, anns)));
    pos = Math.max(pos, s.end);
  });
  if (pos < doc.text.length) body.append(...renderRange(doc.text, pos, doc.text.length, anns));
  body.style.whiteSpace = 'pre-wrap';
  const legend = el('p', { class: 'legend' },
    ['entity', 'actor', 'timex', 'event'].map(k => el('span', { class: `ann ann-${k}`,
      text: t({ entity: 'entities', actor: 'actor', timex: 'timexes', event: 'events' }[k]) })));
  const stories = (doc.stories || []).length ? el('p', { class: 'meta' }, `${t('inStories')}: `,
    doc.stories.map(s => el('a', { href: `#/stories/${s.id}`, text: `${s.label || '#' + s.id} ` }))) : null;
  clear(main).append(...[
    el('h1', { id: 'article-title', text: doc.title || doc.id }),
    el('p', { class: 'meta', text: [doc.dct, doc.byline, doc.publisher, doc.language, doc.source].filter(Boolean).join(' · ') }),
    stories, legend, body].filter(Boolean));
  attachTooltips(body);
  const focus = params.get('sentence');
  if (focus !== null) {
    const target = document.getElementById(`s-${Number(focus)}`);
    if (target) { target.classList.add('focus'); target.scrollIntoView({ block: 'center' }); }
  }
}

function attachTooltips(container) {
  const tip = el('div', { class: 'tooltip', id: 'tooltip', hidden: true });
  document.querySelectorAll('.tooltip').forEach(n => n.remove());
  document.body.append(tip);
  container.addEventListener('mouseover', event => {
    const target = event.target.closest('.ann');
    if (!target) { tip.hidden = true; return; }
    tip.textContent = target.dataset.info;
    tip.hidden = false;
  });
  container.addEventListener('mousemove', event => {
    tip.style.left = `${event.clientX + 12}px`;
    tip.style.top = `${event.clientY + 12}px`;
  });
  container.addEventListener('mouseleave', () => { tip.hidden = true; });
}
