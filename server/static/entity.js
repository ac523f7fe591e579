/* An entity page's neighbourhood picture: the JSON the page carries, drawn by the graph bundle. */
"use strict";

(() => {
  const container = document.getElementById("neighbourhood");
  const data = JSON.parse(document.getElementById("picture").textContent);
  const { pages } = container.dataset;
  const { resources } = data;
  const short = (iri) => iri.replace(/^.*[/#]/, "");
  window.scoGraph.draw(container, data.triples, {
    label: (term) => data.labels[term.value] || short(term.value),
    page: (term) => (term.value.startsWith(resources) ? pages + term.value.slice(resources.length) : null),
  });
})();
