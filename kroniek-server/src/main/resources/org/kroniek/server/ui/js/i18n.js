// Interface text in Dutch and English; the choice is kept in localStorage.
const TEXT = {
  nl: {
    search: 'Zoeken', searchPlaceholder: 'Zoek in artikelen, bijv. Astana', stories: 'Verhalen', actors: 'Actoren',
    results: n => `${n} resultaten`, noResults: 'Niets gevonden.', months: 'Datum', eventTypes: 'Gebeurtenistype',
    story: 'Verhaal', clearFilters: 'Filters wissen', previous: 'Vorige', next: 'Volgende', language: 'English',
    entities: 'Entiteiten', actor: 'Actor', timexes: 'Tijdsaanduidingen', events: 'Gebeurtenissen',
    canonical: 'Actor', normalised: 'Datum', roles: 'Rollen', type: 'Type', source: 'Bron', sources: 'Bronnen',
    timeline: 'Tijdlijn', noEvents: 'Nog geen gebeurtenissen voor dit verhaal.', noStories: 'Nog geen verhalen.',
    activity: 'Activiteit in de tijd', network: 'Netwerk van actoren', mentions: 'vermeldingen',
    documents: 'documenten', notFound: 'Niet gevonden.', error: 'Fout', published: 'Gepubliceerd',
    duplicates: n => `+${n} bijna-duplicaten`, noActors: 'Geen actoren.', inStories: 'In verhalen',
    home: 'Doorzoek het archief of bekijk de verhalen en actoren.'
  },
  en: {
    search: 'Search', searchPlaceholder: 'Search articles, e.g. Astana', stories: 'Stories', actors: 'Actors',
    results: n => `${n} results`, noResults: 'Nothing found.', months: 'Date', eventTypes: 'Event type',
    story: 'Story', clearFilters: 'Clear filters', previous: 'Previous', next: 'Next', language: 'Nederlands',
    entities: 'Entities', actor: 'Actor', timexes: 'Time expressions', events: 'Events',
    canonical: 'Actor', normalised: 'Date', roles: 'Roles', type: 'Type', source: 'Source', sources: 'Sources',
    timeline: 'Timeline', noEvents: 'No events for this story yet.', noStories: 'No stories yet.',
    activity: 'Activity over time', network: 'Network of actors', mentions: 'mentions',
    documents: 'documents', notFound: 'Not found.', error: 'Error', published: 'Published',
    duplicates: n => `+${n} near-duplicates`, noActors: 'No actors.', inStories: 'In stories',
    home: 'Search the archive, or browse stories and actors.'
  }
};

let current = localStorage.getItem('kroniek.lang') || (navigator.language || 'nl').slice(0, 2);
if (!TEXT[current]) current = 'nl';

export function lang() { return current; }
export function setLang(value) { current = TEXT[value] ? value : 'nl'; localStorage.setItem('kroniek.lang', current); }
export function t(key, ...args) {
  const entry = TEXT[current][key] ?? TEXT.en[key] ?? key;
  return typeof entry === 'function' ? entry(...args) : entry;
}
