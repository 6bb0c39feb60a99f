// Runs in the build's Chromium next to mermaid.min.js: draws one diagram per theme and says what it shows.
/* global window */
window.renderDiagram = async function renderDiagram({ source, id, themes }) {
  const mermaid = window.mermaid;
  const plain = (text) =>
    String(text ?? '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  mermaid.initialize({ startOnLoad: false, ...Object.values(themes)[0] });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db;
  const outline = {
    type: diagram.type,
    accTitle: plain(db.getAccTitle?.()),
    accDescr: plain(db.getAccDescription?.()),
    groups: [],
    links: [],
  };
  if (db.getVertices && db.getEdges) {
    const vertices = db.getVertices();
    const name = (key) => plain(vertices.get(key)?.text ?? key);
    const groupTitles = new Map((db.getSubGraphs?.() ?? []).map((g) => [g.id, plain(g.title)]));
    for (const group of db.getSubGraphs?.() ?? []) {
      outline.groups.push({ title: plain(group.title), items: group.nodes.map((n) => groupTitles.get(n) ?? name(n)) });
    }
    for (const edge of db.getEdges()) {
      const directed = !/open/.test(edge.type ?? '');
      outline.links.push({
        from: groupTitles.get(edge.start) ?? name(edge.start),
        to: groupTitles.get(edge.end) ?? name(edge.end),
        label: plain(edge.text),
        directed,
      });
    }
  } else if (db.getMessages && db.getActors) {
    const actors = db.getActors();
    const name = (key) => plain(actors.get(key)?.description ?? key);
    for (const message of db.getMessages()) {
      if (message.from && message.to)
        outline.links.push({
          from: name(message.from),
          to: name(message.to),
          label: plain(message.message),
          directed: true,
        });
    }
  }
  const svgs = {};
  let box;
  for (const [theme, config] of Object.entries(themes)) {
    mermaid.initialize({ startOnLoad: false, ...config });
    const { svg } = await mermaid.render(`${id}-${theme}`, source);
    const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    // The page names the diagram itself (title and description); mermaid's own roles would hide them.
    for (const child of [...element.children])
      if (child.localName === 'title' || child.localName === 'desc') child.remove();
    for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-roledescription'])
      element.removeAttribute(attribute);
    element.setAttribute('role', 'img');
    const [, , width, height] = (element.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    box = { width, height };
    svgs[theme] = new XMLSerializer().serializeToString(element);
    // A label's lines are rows of tspans; read as one line, with a space where it was broken.
    const lines = (text) =>
      [...text.querySelectorAll('tspan.row')].map((row) => row.textContent).join(' ') || text.textContent;
    outline.labels ??= [...element.querySelectorAll('text')].map((t) => plain(lines(t))).filter(Boolean);
  }
  return { svgs, ...box, outline };
};
