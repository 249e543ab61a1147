// Actor pages: the list of actors, and one actor's activity over time and its network (ECharts).
import { get } from './api.js';
import { t } from './i18n.js';
import { el, clear, escapeHtml } from './dom.js';

export async function actorsPage(main, params) {
  const page = await get('/api/actors', { q: params.get('q'), offset: params.get('offset') || 0, limit: 100 });
  const rows = page.items.map(a => el('tr', {},
    el('td', {}, el('a', { href: `#/actors/${a.id}`, text: a.name })), el('td', { text: a.code || '' }),
    el('td', { text: a.kind || '' }), el('td', { text: a.mentions }), el('td', { text: a.documents })));
  clear(main).append(el('h1', { text: t('actors') }), rows.length
    ? el('table', { id: 'actor-table' }, el('tr', {}, ['', 'code', '', t('mentions'), t('documents')].map(h => el('th', { text: h }))), rows)
    : el('p', { class: 'empty', text: t('noActors') }));
}

export async function actorPage(main, id) {
  const [actor, graph] = await Promise.all([get(`/api/actors/${id}`), get(`/api/actors/${id}/graph`)]);
  const activity = el('div', { class: 'chart', id: 'activity-chart' });
  const network = el('div', { class: 'chart', id: 'network-chart' });
  clear(main).append(el('h1', { id: 'actor-name', text: actor.name }),
    el('p', { class: 'meta', text: [actor.code, actor.kind, `${actor.mentions} ${t('mentions')}`,
      `${actor.documents} ${t('documents')}`].filter(Boolean).join(' · ') }),
    el('p', {}, el('a', { href: `#/search?${new URLSearchParams({ actor: actor.code || actor.name })}`, text: t('search') })),
    el('h2', { text: t('activity') }), activity, el('h2', { text: t('network') }), network);
  if (!window.echarts) return;
  window.echarts.init(activity).setOption({
    animation: false, tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: actor.activity.map(d => d.day) },
    yAxis: { type: 'value' }, series: [{ type: 'bar', name: t('mentions'), data: actor.activity.map(d => d.mentions) }]
  });
  const chart = window.echarts.init(network);
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => escapeHtml(p.dataType === 'edge'
      ? `${p.data.source} – ${p.data.target}: ${p.data.value} (${p.data.kind})` : p.data.name) },
    series: [{ type: 'graph', layout: 'force', roam: true, force: { repulsion: 160, edgeLength: 90 },
      label: { show: true, formatter: p => p.data.name },
      data: graph.nodes.map((n, i) => ({ id: n.key, name: n.name, actorId: n.id, symbolSize: i === 0 ? 36 : 18 })),
      links: graph.edges.map(e => ({ source: e.source, target: e.target, value: e.weight, kind: e.kind,
        lineStyle: { width: Math.min(8, 1 + Math.log2(e.weight)), type: e.kind === 'event' ? 'solid' : 'dashed' } })) }]
  });
  chart.on('click', p => { if (p.dataType === 'node' && p.data.actorId) location.hash = `#/actors/${p.data.actorId}`; });
}
