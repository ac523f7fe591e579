/* The picture of a CONSTRUCT or DESCRIBE answer: resources and literals as nodes, triples as labelled
   edges (cytoscape, laid out by its own force-directed "cose"). rdf:type becomes the node's class line. */
import cytoscape from "cytoscape";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const MOST_TRIPLES = 400; // beyond this the picture is unreadable: the table holds the rest
const LONGEST_LABEL = 48; // characters of a literal shown in its node; the table has the whole text
// cytoscape adds a <style> element unless one with this id exists; the page's CSP refuses inline styles, and
// style.css holds the one rule that element would (.__________cytoscape_container { position: relative })
const CYTOSCAPE_SHEET = "__________cytoscape_stylesheet";

function key(term) {
  return term.type === "literal" ? `"${term.value}"@${term["xml:lang"] || term.datatype || ""}` : `${term.type}:${term.value}`;
}

/** Draw triples (terms shaped as SPARQL JSON results) in container; label(term) names a term, page(term) is
    the address of its page or null. Returns the number of triples drawn. */
function draw(container, triples, { label, page }) {
  if (!document.getElementById(CYTOSCAPE_SHEET)) {
    const marker = document.createElement("meta");
    marker.id = CYTOSCAPE_SHEET;
    document.head.append(marker);
  }
  const nodes = new Map();
  const edges = [];
  const node = (term) => {
    const id = key(term);
    if (!nodes.has(id)) {
      const text = label(term);
      const short = text.length > LONGEST_LABEL ? `${text.slice(0, LONGEST_LABEL - 1)}…` : text;
      nodes.set(id, { data: { id, label: short, kind: term.type, href: page(term) || "" } });
    }
    return id;
  };
  const shown = triples.slice(0, MOST_TRIPLES);
  shown.forEach(([subject, predicate, object], index) => {
    const source = node(subject);
    if (predicate.value === RDF_TYPE && object.type === "uri") {
      const data = nodes.get(source).data;
      data.label = `${data.label}\n(${label(object)})`;
      return;
    }
    edges.push({ data: { id: `e${index}`, source, target: node(object), label: label(predicate) } });
  });
  const graph = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    style: [
      { selector: "node", style: { label: "data(label)", "text-wrap": "wrap", "text-max-width": "160px",
        "font-size": 11, "background-color": "#0b5cad", color: "#1d2329", "text-valign": "bottom",
        "text-margin-y": 4, width: 14, height: 14 } },
      { selector: "node[kind = 'literal']", style: { shape: "round-rectangle", "background-color": "#8a939c" } },
      { selector: "node[href != '']", style: { "border-width": 2, "border-color": "#063a6e" } },
      { selector: "edge", style: { label: "data(label)", "font-size": 9, color: "#5b6570", width: 1.2,
        "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#9aa5b1",
        "target-arrow-color": "#9aa5b1", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8 } },
      { selector: "edge.quiet", style: { label: "" } },
    ],
    layout: { name: "preset" },
  });
  // A hub (an entity's description) reads best in rings around it; a web of several resources as a force layout.
  const busiest = Math.max(0, ...graph.nodes().map((one) => one.degree()));
  const rings = busiest > 12;
  graph.layout(rings
    ? { name: "concentric", animate: false, concentric: (one) => one.degree(), levelWidth: () => 1,
      minNodeSpacing: 28, padding: 16 }
    : { name: "cose", animate: false, nodeDimensionsIncludeLabels: true, padding: 16 }).run();
  if (edges.length > 40) {
    // too many to label at once: an edge shows its property while the pointer is on it or on its ends
    graph.edges().addClass("quiet");
    const near = (target) => (target.isNode() ? target.connectedEdges() : target);
    graph.on("mouseover", "node, edge", (event) => near(event.target).removeClass("quiet"));
    graph.on("mouseout", "node, edge", (event) => near(event.target).addClass("quiet"));
  }
  graph.on("tap", "node", (event) => {
    const href = event.target.data("href");
    if (href) window.location.assign(href);
  });
  return shown.length;
}

window.scoGraph = { draw, MOST_TRIPLES };
