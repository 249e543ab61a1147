// Builds DOM nodes. Text always goes in through textContent, never innerHTML: what a document says is shown,
// never run. This is the one place the UI creates elements.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only the UI's own routes and web links; a "javascript:" URL from a document becomes inert.
function safeHref(value) {
  const href = String(value);
  return href.startsWith('#') || /^https?:\/\//i.test(href) ? href : '#';
}

// Search snippets arrive HTML-escaped with <mark> around matches: split on the marks, unescape, use text nodes.
export function snippet(html) {
  const node = el('span');
  String(html).split(/(<mark>|<\/mark>)/).reduce((marked, part) => {
    if (part === '<mark>') return true;
    if (part === '</mark>') return false;
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
    node.append(marked ? el('mark', { text }) : document.createTextNode(text));
    return marked;
  }, false);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// ECharts tooltips are HTML: everything that comes from documents is escaped first.
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
