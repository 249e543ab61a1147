// Story pages: the list of stories, and one story's timeline (ECharts) with its events and sources.
import { get } from './api.js';
import { t } from './i18n.js';
import { el, clear, escapeHtml } from './dom.js';

export async function storiesPage(main, params) {
  const page = await get('/api/stories', { offset: params.get('offset') || 0, limit: 50 });
  const list = el('ul', { id: 'story-list' }, page.items.map(s => el('li', {},
    el('a', { href: `#/stories/${s.id}`, text: s.label || `#${s.id}` }),
    el('span', { class: 'meta', text: ` ${s.firstDay || ''} – ${s.lastDay || ''} · ${s.documents} ${t('documents')}` }))));
  clear(main).append(el('h1', { text: t('stories') }),
    page.items.length ? list : el('p', { class: 'empty', text: t('noStories') }));
}

function eventLink(ev) {
  return `#/documents/${ev.document.seq}?sentence=${ev.sentence ?? ''}&event=${ev.id}`;
}

export async function storyPage(main, id) {
  const [story, timeline] = await Promise.all([get(`/api/stories/${id}`), get(`/api/stories/${id}/timeline`)]);
  const chart = el('div', { class: 'chart', id: 'timeline-chart' });
  const events = el('ol', { id: 'timeline-events' }, timeline.events.map(ev => el('li', { 'data-event': ev.id },
    el('a', { href: eventLink(ev), class: 'event-link', text: `${ev.date || ev.document.dct || '?'} · ${ev.type} · ${ev.trigger?.text || ''}` }),
    ev.evidence ? el('div', { class: 'meta', text: ev.evidence.text }) : null)));
  const sources = el('ul', { id: 'story-sources' }, timeline.sources.map(d => el('li', {},
    el('a', { href: `#/documents/${d.seq}`, text: d.title || d.id }),
    el('span', { class: 'meta', text: ` ${[d.dct, d.publisher].filter(Boolean).join(' · ')}` }))));
  clear(main).append(...[el('h1', { id: 'story-title', text: story.label || `#${story.id}` }),
    el('p', { class: 'meta', text: `${story.firstDay || ''} – ${story.lastDay || ''}` }),
    el('h2', { text: t('timeline') }),
    timeline.events.length ? chart : el('p', { class: 'empty', text: t('noEvents') }),
    events, el('h2', { text: t('sources') }), sources].filter(Boolean));
  if (timeline.events.length && window.echarts) drawTimeline(chart, timeline.events);
}

function drawTimeline(node, events) {
  const types = [...new Set(events.map(e => e.type))];
  const chart = window.echarts.init(node);
  chart.setOption({
    animation: false,
    grid: { left: 110, right: 30, top: 20, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: types },
    tooltip: {
      trigger: 'item',
      // ECharts renders tooltips as HTML: escape everything that came from a document.
      formatter: p => [p.data.event.date, `${p.data.event.type}: ${p.data.event.trigger?.text || ''}`,
        `${p.data.event.actor || '?'} → ${p.data.event.target || '?'}`, p.data.event.evidence?.text || '']
        .map(escapeHtml).join('<br>')
    },
    series: [{ type: 'scatter', symbolSize: 14,
      data: events.filter(e => e.date || e.document.dct).map(e => ({
        value: [(e.date || e.document.dct).slice(0, 10), e.type], event: e })) }]
  });
  chart.on('click', p => { location.hash = eventLink(p.data.event); });
}
