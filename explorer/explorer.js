/*
 * newsgraph explorer: a small client of the public GraphQL API (POST /graphql).
 * Plain browser JavaScript, no build step. Every piece of stored text reaches the DOM through
 * textContent or cytoscape's canvas labels, never through innerHTML.
 */
(function () {
  'use strict';

  var GRAPHQL_URL = '/graphql';
  var SUGGESTION_COUNT = 8;
  /** Neighbours fetched; beyond MAX_DRAWN (centre included) they are grouped by type. */
  var NEIGHBOUR_LIMIT = 200;
  var MAX_DRAWN = 40;
  var RELATIONS_PER_ENTITY = 100;
  var DEBOUNCE_MS = 180;
  /** Edge labels are drawn only from this on-screen font size up (zoomed in), or on hover. */
  var EDGE_FONT_SIZE = 9;
  var EDGE_LABEL_MIN_SCREEN_SIZE = 12;
  var START_ENTITIES = 12;
  var START_ARTICLES = 8;
  var ARTICLE_CHIPS = 5;

  var TYPE_COLOURS = {
    PERSON: '#4e79a7',
    ORGANIZATION: '#f28e2b',
    GPE: '#59a14f',
    LOCATION: '#76b7b2',
    FACILITY: '#b07aa1',
    WEAPON: '#e15759',
    VEHICLE: '#9c755f',
    EVENT: '#edc948',
    OTHER: '#9aa0a6',
  };
  var TYPE_LABELS = {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    GPE: 'Country / city',
    LOCATION: 'Location',
    FACILITY: 'Facility',
    WEAPON: 'Weapon',
    VEHICLE: 'Vehicle',
    EVENT: 'Event',
    OTHER: 'Other',
  };

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function plural(count, one, many) {
    return count + ' ' + (count === 1 ? one : many);
  }

  function colourOf(type) {
    return TYPE_COLOURS[type] || TYPE_COLOURS.OTHER;
  }

  /* ───────────── GraphQL ───────────── */

  function gql(query, variables) {
    return fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .then(function (response) {
        return response.json().catch(function () {
          throw new Error('the server answered ' + response.status + ' without JSON');
        });
      })
      .then(function (payload) {
        if (payload.errors && payload.errors.length) {
          var first = payload.errors[0];
          var err = new Error(first.message || 'GraphQL error');
          err.code = first.extensions && first.extensions.code;
          throw err;
        }
        return payload.data;
      });
  }

  var SEARCH_QUERY =
    'query Suggest($search: String!, $first: Int!) {' +
    ' entities(search: $search, first: $first) { edges { node { key name type mentionCount } } } }';

  var NEIGHBOURHOOD_QUERY =
    'query Neighbourhood($name: String!, $depth: Int!, $first: Int!) {' +
    ' entity(name: $name) { key name type aliases mentionCount articleCount }' +
    ' neighbors(name: $name, depth: $depth, first: $first) {' +
    '  distance entity { key name type mentionCount }' +
    '  via { id predicate negated subject { key } object { key } } } }';

  var START_QUERY =
    'query Start($entities: Int!, $articles: Int!) {' +
    ' entities(first: $entities) { edges { node { key name type mentionCount articleCount relations(first: 1) { totalCount } } } }' +
    ' articles(first: $articles) { edges { node { id title publishedAt entities { key name type } } } } }';

  var FACT_FIELDS =
    'id predicate verb confidence negated modality' +
    ' subject { key name type } object { key name type }' +
    ' qualifiers { role value }' +
    ' evidence { sentence start end article { id title publishedAt } }';

  /** One request fetching the facts of many entities, through aliased fields. */
  function relationsQuery(count) {
    var vars = [];
    var fields = [];
    for (var i = 0; i < count; i++) {
      vars.push('$k' + i + ': ID!');
      fields.push(
        'e' + i + ': entityByKey(key: $k' + i + ') { relations(first: ' + RELATIONS_PER_ENTITY + ') {' +
          ' edges { node { id predicate negated confidence subject { key } object { key } } } } }',
      );
    }
    return 'query Facts(' + vars.join(', ') + ') { ' + fields.join(' ') + ' }';
  }

  function factsByIdQuery(count) {
    var vars = [];
    var fields = [];
    for (var i = 0; i < count; i++) {
      vars.push('$r' + i + ': ID!');
      fields.push('r' + i + ': relation(id: $r' + i + ') { ' + FACT_FIELDS + ' }');
    }
    return 'query FactDetails(' + vars.join(', ') + ') { ' + fields.join(' ') + ' }';
  }

  /* ───────────── state ───────────── */

  var state = {
    cy: null,
    current: null, // the centre entity { key, name, … }
    depth: 1,
    hiddenPredicates: Object.create(null),
    loadSeq: 0,
    ready: false,
  };

  function setStatus(text, isError) {
    var status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function setGraphState(value) {
    $('cy').setAttribute('data-state', value);
    state.ready = value === 'ready';
  }

  /* ───────────── URL hash ───────────── */

  function entityFromHash() {
    var hash = window.location.hash.replace(/^#/, '');
    if (!hash) return null;
    var params = new URLSearchParams(hash);
    var name = params.get('entity');
    return name && name.trim() ? name : null;
  }

  function hashFor(name) {
    var params = new URLSearchParams();
    params.set('entity', name);
    return '#' + params.toString();
  }

  /** Selecting an entity goes through the hash, so back/forward and bookmarks work. */
  function selectEntity(name) {
    var target = hashFor(name);
    if (window.location.hash === target) {
      loadEntity(name);
    } else {
      window.location.hash = target;
    }
  }

  /* ───────────── suggestions ───────────── */

  var searchTimer = null;
  var searchSeq = 0;
  var activeSuggestion = -1;

  function suggestionItems() {
    return Array.prototype.slice.call($('suggestions').querySelectorAll('[role="option"]'));
  }

  function closeSuggestions() {
    var list = $('suggestions');
    list.hidden = true;
    clear(list);
    activeSuggestion = -1;
    $('search-input').setAttribute('aria-expanded', 'false');
    $('search-input').removeAttribute('aria-activedescendant');
  }

  function highlightSuggestion(index) {
    var items = suggestionItems();
    if (!items.length) return;
    activeSuggestion = (index + items.length) % items.length;
    items.forEach(function (item, i) {
      item.setAttribute('aria-selected', i === activeSuggestion ? 'true' : 'false');
    });
    $('search-input').setAttribute('aria-activedescendant', items[activeSuggestion].id);
    items[activeSuggestion].scrollIntoView({ block: 'nearest' });
  }

  function renderSuggestions(entities, search) {
    var list = $('suggestions');
    clear(list);
    activeSuggestion = -1;
    if (!entities.length) {
      var none = el('li', 'suggestion-empty', 'No entity matches “' + search + '”');
      list.appendChild(none);
    }
    entities.forEach(function (entity, i) {
      var item = el('li', 'suggestion');
      item.id = 'suggestion-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.setAttribute('data-name', entity.name);
      var swatch = el('span', 'swatch');
      swatch.style.backgroundColor = colourOf(entity.type);
      item.appendChild(swatch);
      item.appendChild(el('span', 'suggestion-name', entity.name));
      item.appendChild(el('span', 'suggestion-type', TYPE_LABELS[entity.type] || entity.type));
      item.appendChild(el('span', 'suggestion-count', entity.mentionCount + '×'));
      item.addEventListener('mousedown', function (event) {
        event.preventDefault(); // keep focus in the input until the click completes
      });
      item.addEventListener('click', function () {
        pickSuggestion(entity.name);
      });
      list.appendChild(item);
    });
    list.hidden = false;
    $('search-input').setAttribute('aria-expanded', 'true');
  }

  function pickSuggestion(name) {
    closeSuggestions();
    $('search-input').value = name;
    selectEntity(name);
  }

  function runSearch(search) {
    var seq = ++searchSeq;
    gql(SEARCH_QUERY, { search: search, first: SUGGESTION_COUNT })
      .then(function (data) {
        if (seq !== searchSeq || $('search-input').value.trim() !== search) return;
        renderSuggestions(
          data.entities.edges.map(function (edge) {
            return edge.node;
          }),
          search,
        );
      })
      .catch(function (error) {
        if (seq === searchSeq) setStatus('Search failed: ' + error.message, true);
      });
  }

  function onSearchInput() {
    var search = $('search-input').value.trim();
    clearTimeout(searchTimer);
    if (!search) {
      searchSeq++;
      closeSuggestions();
      return;
    }
    searchTimer = setTimeout(function () {
      runSearch(search);
    }, DEBOUNCE_MS);
  }

  function onSearchKey(event) {
    var items = suggestionItems();
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      highlightSuggestion(activeSuggestion + 1);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      highlightSuggestion(activeSuggestion - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeSuggestion >= 0 && items[activeSuggestion]) {
        pickSuggestion(items[activeSuggestion].getAttribute('data-name'));
      } else if (items.length) {
        pickSuggestion(items[0].getAttribute('data-name'));
      } else if ($('search-input').value.trim()) {
        clearTimeout(searchTimer);
        pickSuggestion($('search-input').value.trim());
      }
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  }

  /* ───────────── graph ───────────── */

  function graphStyle() {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#1f2328',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'ellipsis',
          'text-max-width': 180,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': 2,
          width: 'data(size)',
          height: 'data(size)',
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      {
        selector: 'node.centre',
        style: { 'border-width': 4, 'border-color': '#1f2328', 'font-weight': 'bold', 'font-size': 13, 'text-wrap': 'wrap', 'text-max-width': 220, 'z-index': 10 },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': '#9aa4ae',
          'target-arrow-color': '#9aa4ae',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': EDGE_FONT_SIZE,
          'min-zoomed-font-size': EDGE_LABEL_MIN_SCREEN_SIZE,
          color: '#57606a',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge.hover, edge:selected, edge.parallel-selected', style: { 'min-zoomed-font-size': 0, 'text-background-opacity': 1, 'z-index': 30 } },
      {
        selector: 'node.cluster',
        style: {
          shape: 'round-rectangle',
          'background-opacity': 0.35,
          'border-width': 2,
          'border-style': 'dashed',
          'border-color': 'data(colour)',
          'text-valign': 'center',
          'text-margin-y': 0,
          'font-size': 10,
          'text-background-opacity': 0,
          width: 'data(clusterWidth)',
          height: 22,
        },
      },
      { selector: 'edge.cluster-edge', style: { 'line-style': 'dotted', 'line-color': '#c6ccd2', 'target-arrow-shape': 'none', width: 1.5, label: '' } },
      { selector: 'edge.negated', style: { 'line-style': 'dashed', 'line-color': '#d1242f', 'target-arrow-color': '#d1242f' } },
      { selector: 'edge:selected', style: { 'line-color': '#0969da', 'target-arrow-color': '#0969da', width: 4, 'z-index': 20 } },
      { selector: 'edge.parallel-selected', style: { 'line-color': '#54aeff', 'target-arrow-color': '#54aeff' } },
      { selector: 'node:selected', style: { 'overlay-color': '#0969da', 'overlay-opacity': 0.15 } },
      { selector: '.filtered', style: { display: 'none' } },
    ];
  }

  function ensureCy() {
    if (state.cy) return state.cy;
    if (typeof window.cytoscape !== 'function') throw new Error('cytoscape did not load');
    var cy = window.cytoscape({
      container: $('cy'),
      style: graphStyle(),
      elements: [],
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    // The legend bar above the graph changes height with its rows: keep cytoscape's idea of
    // where its container is (clicks and hover) in step with the page.
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () {
        cy.resize();
      }).observe($('cy'));
    }
    cy.on('mouseover', 'edge', function (event) {
      event.target.addClass('hover');
    });
    cy.on('mouseout', 'edge', function (event) {
      event.target.removeClass('hover');
    });
    cy.on('mouseover', 'node', function (event) {
      event.target.connectedEdges().addClass('hover');
    });
    cy.on('mouseout', 'node', function (event) {
      event.target.connectedEdges().removeClass('hover');
    });
    cy.on('tap', 'node', function (event) {
      var node = event.target;
      if (node.hasClass('cluster')) {
        showCluster(node.data('members'), node.data('type'));
        return;
      }
      if (state.current && node.id() === state.current.key) {
        showEntityPanel(state.current);
        return;
      }
      $('search-input').value = node.data('name');
      selectEntity(node.data('name'));
    });
    cy.on('tap', 'edge', function (event) {
      if (!event.target.hasClass('cluster-edge')) showFacts(event.target);
    });
    cy.on('tap', function (event) {
      if (event.target === cy) {
        cy.elements().removeClass('parallel-selected');
        hideFacts();
      }
    });
    state.cy = cy;
    return cy;
  }

  function nodeSize(mentionCount, max) {
    var ratio = max > 0 ? Math.sqrt(mentionCount / max) : 0;
    return Math.round(18 + 26 * ratio);
  }

  function nodeData(entity, maxMentions) {
    return {
      group: 'nodes',
      data: {
        id: entity.key,
        name: entity.name,
        label: entity.name,
        type: entity.type,
        mentionCount: entity.mentionCount,
        colour: colourOf(entity.type),
        size: nodeSize(entity.mentionCount, maxMentions),
      },
    };
  }

  function edgeData(fact) {
    return {
      group: 'edges',
      data: {
        id: 'fact:' + fact.id,
        factId: fact.id,
        source: fact.subject.key,
        target: fact.object.key,
        predicate: fact.predicate,
        label: fact.negated ? 'NOT ' + fact.predicate : fact.predicate,
        negated: Boolean(fact.negated),
        width: 1.5 + 2 * Math.max(0, Math.min(1, fact.confidence == null ? 0.5 : fact.confidence)),
      },
      classes: fact.negated ? 'negated' : '',
    };
  }

  /** Facts among the drawn entities: each entity's facts, kept when both ends are drawn. */
  function loadFactsAmong(keys) {
    var variables = {};
    keys.forEach(function (key, i) {
      variables['k' + i] = key;
    });
    return gql(relationsQuery(keys.length), variables).then(function (data) {
      var wanted = new Set(keys);
      var facts = new Map();
      keys.forEach(function (_key, i) {
        var entity = data['e' + i];
        if (!entity) return;
        entity.relations.edges.forEach(function (edge) {
          var fact = edge.node;
          if (wanted.has(fact.subject.key) && wanted.has(fact.object.key)) facts.set(fact.id, fact);
        });
      });
      return facts;
    });
  }

  /**
   * Nearest first, then most mentioned: the first MAX_DRAWN - 1 neighbours are drawn, the rest
   * become one group per entity type (all nearer entities are drawn before any farther one, so
   * every drawn entity's path to the centre is drawn too).
   */
  function splitNeighbours(neighbors) {
    var ordered = neighbors
      .map(function (n, i) {
        return { n: n, i: i };
      })
      .sort(function (a, b) {
        return a.n.distance - b.n.distance || b.n.entity.mentionCount - a.n.entity.mentionCount || a.i - b.i;
      })
      .map(function (x) {
        return x.n;
      });
    var byType = {};
    ordered.slice(MAX_DRAWN - 1).forEach(function (n) {
      (byType[n.entity.type] = byType[n.entity.type] || []).push(n.entity);
    });
    return {
      drawn: ordered.slice(0, MAX_DRAWN - 1),
      clusters: Object.keys(TYPE_COLOURS)
        .filter(function (type) {
          return byType[type];
        })
        .map(function (type) {
          return { type: type, members: byType[type] };
        }),
    };
  }

  function clusterElements(clusters, centreKey) {
    var elements = [];
    clusters.forEach(function (c) {
      var id = 'cluster\u0001' + c.type;
      var label = '+' + c.members.length + ' ' + (TYPE_LABELS[c.type] || c.type);
      elements.push({
        group: 'nodes',
        data: { id: id, name: label, label: label, type: c.type, colour: colourOf(c.type), size: 22, clusterWidth: 16 + 6 * label.length, members: c.members },
        classes: 'cluster',
      });
      elements.push({ group: 'edges', data: { id: id + '\u0001edge', source: centreKey, target: id, label: '', width: 1.5 }, classes: 'cluster-edge' });
    });
    return elements;
  }

  function loadEntity(name) {
    var seq = ++state.loadSeq;
    var typedAtStart = $('search-input').value;
    $('start').hidden = true;
    hideCluster();
    setGraphState('loading');
    setStatus('Loading “' + name + '”…');
    hideFacts();
    gql(NEIGHBOURHOOD_QUERY, { name: name, depth: state.depth, first: NEIGHBOUR_LIMIT })
      .then(function (data) {
        if (seq !== state.loadSeq) return null;
        var centre = data.entity;
        if (!centre) throw Object.assign(new Error('no entity is named “' + name + '”'), { code: 'NOT_FOUND' });
        var split = splitNeighbours(data.neighbors);
        var entities = [centre].concat(
          split.drawn.map(function (n) {
            return n.entity;
          }),
        );
        var keys = entities.map(function (e) {
          return e.key;
        });
        return loadFactsAmong(keys).then(function (facts) {
          // BFS tree edges are always drawn, even if an entity has more facts than one page holds.
          split.drawn.forEach(function (n) {
            if (!facts.has(n.via.id)) facts.set(n.via.id, n.via);
          });
          return { centre: centre, entities: entities, facts: facts, clusters: split.clusters, capped: data.neighbors.length >= NEIGHBOUR_LIMIT };
        });
      })
      .then(function (result) {
        if (!result || seq !== state.loadSeq) return;
        state.current = result.centre;
        drawGraph(result);
        showEntityPanel(result.centre);
        // show the loaded entity in the search box unless the user has typed since
        if ($('search-input').value === typedAtStart) {
          $('search-input').value = result.centre.name;
          closeSuggestions();
        }
        document.title = result.centre.name + ' · newsgraph explorer';
      })
      .catch(function (error) {
        if (seq !== state.loadSeq) return;
        setGraphState('error');
        var text = error.code === 'NOT_FOUND' ? 'Not found: ' + error.message : 'Could not load “' + name + '”: ' + error.message;
        setStatus(text, true);
      });
  }

  function drawGraph(result) {
    var cy = ensureCy();
    var maxMentions = result.entities.reduce(function (max, e) {
      return Math.max(max, e.mentionCount);
    }, 0);
    var seen = new Set();
    var elements = [];
    result.entities.forEach(function (entity) {
      if (seen.has(entity.key)) return;
      seen.add(entity.key);
      elements.push(nodeData(entity, maxMentions));
    });
    result.facts.forEach(function (fact) {
      if (seen.has(fact.subject.key) && seen.has(fact.object.key)) elements.push(edgeData(fact));
    });
    elements = elements.concat(clusterElements(result.clusters, result.centre.key));

    cy.batch(function () {
      cy.elements().remove();
      cy.add(elements);
      cy.getElementById(result.centre.key).addClass('centre');
    });
    renderLegend();
    renderPredicateFilter();
    applyPredicateFilter();

    var layout = cy.layout({
      name: 'cose',
      animate: false,
      randomize: true,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: function () {
        return 90;
      },
      nodeRepulsion: function () {
        return 9000;
      },
      componentSpacing: 60,
      numIter: 1500,
    });
    layout.one('layoutstop', function () {
      cy.fit(cy.elements(':visible'), 40);
      setGraphState('ready');
      var hidden = cy.edges('.filtered').length;
      var grouped = groupedCount();
      setStatus(
        plural(cy.nodes().not('.cluster').length, 'entity', 'entities') +
          (grouped ? ' (+' + grouped + (result.capped ? ' or more' : '') + ' grouped by type)' : '') +
          ', ' +
          plural(cy.edges().not('.cluster-edge').length, 'fact', 'facts') +
          ' around “' +
          result.centre.name +
          '” (depth ' +
          state.depth +
          ')' +
          (hidden ? ', ' + hidden + ' hidden by the filter' : ''),
      );
    });
    layout.run();
  }

  function groupedCount() {
    var count = 0;
    state.cy.nodes('.cluster').forEach(function (node) {
      count += node.data('members').length;
    });
    return count;
  }

  /* ───────────── legend and predicate filter ───────────── */

  function renderLegend() {
    var legend = $('legend');
    clear(legend);
    var counts = {};
    state.cy.nodes().forEach(function (node) {
      var type = node.data('type');
      counts[type] = (counts[type] || 0) + (node.hasClass('cluster') ? node.data('members').length : 1);
    });
    Object.keys(TYPE_COLOURS).forEach(function (type) {
      if (!counts[type]) return;
      var row = el('div', 'legend-row');
      row.setAttribute('data-type', type);
      var swatch = el('span', 'swatch');
      swatch.style.backgroundColor = TYPE_COLOURS[type];
      row.appendChild(swatch);
      row.appendChild(el('span', 'legend-label', TYPE_LABELS[type]));
      row.appendChild(el('span', 'legend-count', counts[type]));
      legend.appendChild(row);
    });
  }

  function renderPredicateFilter() {
    var counts = {};
    state.cy.edges().not('.cluster-edge').forEach(function (edge) {
      var p = edge.data('predicate');
      counts[p] = (counts[p] || 0) + 1;
    });
    var predicates = Object.keys(counts).sort();
    var list = $('predicate-list');
    clear(list);
    $('predicate-filter').hidden = predicates.length === 0;
    predicates.forEach(function (predicate) {
      var label = el('label', 'predicate-option');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = predicate;
      box.checked = !state.hiddenPredicates[predicate];
      box.addEventListener('change', function () {
        if (box.checked) delete state.hiddenPredicates[predicate];
        else state.hiddenPredicates[predicate] = true;
        applyPredicateFilter();
      });
      label.appendChild(box);
      label.appendChild(el('span', 'predicate-name', predicate));
      label.appendChild(el('span', 'predicate-count', counts[predicate]));
      list.appendChild(label);
    });
  }

  /** Hides edges of unticked predicates and entities left without a visible edge (never the centre). */
  function applyPredicateFilter() {
    var cy = state.cy;
    if (!cy) return;
    cy.batch(function () {
      cy.edges().not('.cluster-edge').forEach(function (edge) {
        edge.toggleClass('filtered', Boolean(state.hiddenPredicates[edge.data('predicate')]));
      });
      cy.nodes().not('.cluster').forEach(function (node) {
        var isCentre = state.current && node.id() === state.current.key;
        var visibleEdges = node.connectedEdges().filter(function (edge) {
          return !edge.hasClass('filtered');
        });
        node.toggleClass('filtered', !isCentre && visibleEdges.length === 0);
      });
    });
  }

  /* ───────────── side panel ───────────── */

  function showEntityPanel(entity) {
    $('entity-panel').hidden = false;
    $('entity-name').textContent = entity.name;
    var badge = $('entity-type');
    badge.textContent = TYPE_LABELS[entity.type] || entity.type;
    badge.style.backgroundColor = colourOf(entity.type);
    $('entity-counts').textContent =
      plural(entity.mentionCount, 'mention', 'mentions') + ' in ' + plural(entity.articleCount, 'article', 'articles');
    var aliases = (entity.aliases || []).filter(function (a) {
      return a !== entity.name;
    });
    $('entity-aliases').textContent = aliases.length ? 'Also: ' + aliases.join(', ') : '';
  }

  /** Lists the entities of a group (not drawn one by one); each recentres the graph on click. */
  function showCluster(members, type) {
    var list = $('cluster-list');
    clear(list);
    $('cluster-title').textContent = plural(members.length, 'more ' + (TYPE_LABELS[type] || type).toLowerCase() + ' entity', 'more ' + (TYPE_LABELS[type] || type).toLowerCase() + ' entities');
    members.forEach(function (entity) {
      var item = el('li');
      item.appendChild(entityButton(entity, 'chip', entity.mentionCount + '×'));
      list.appendChild(item);
    });
    $('cluster-panel').hidden = false;
  }

  function hideCluster() {
    $('cluster-panel').hidden = true;
    clear($('cluster-list'));
  }

  /** A button naming an entity (as text) that recentres the graph on it. */
  function entityButton(entity, className, meta) {
    var button = el('button', className);
    button.type = 'button';
    button.setAttribute('data-name', entity.name);
    var swatch = el('span', 'swatch');
    swatch.style.backgroundColor = colourOf(entity.type);
    button.appendChild(swatch);
    button.appendChild(el('span', className === 'chip' ? 'chip-name' : 'start-entity-name', entity.name));
    if (meta) button.appendChild(el('span', 'start-entity-meta', meta));
    button.addEventListener('click', function () {
      $('search-input').value = entity.name;
      selectEntity(entity.name);
    });
    return button;
  }

  /* ───────────── landing view ───────────── */

  var startLoaded = null;

  function renderStart(data) {
    var top = data.entities.edges
      .map(function (edge) {
        return edge.node;
      })
      .sort(function (a, b) {
        return b.relations.totalCount - a.relations.totalCount || b.mentionCount - a.mentionCount;
      })
      .slice(0, START_ENTITIES);
    var entityList = $('top-entities');
    clear(entityList);
    top.forEach(function (entity) {
      var item = el('li');
      var meta = plural(entity.relations.totalCount, 'fact', 'facts') + ' · ' + plural(entity.articleCount, 'article', 'articles');
      item.appendChild(entityButton(entity, 'start-entity', meta));
      entityList.appendChild(item);
    });
    if (!top.length) entityList.appendChild(el('li', 'start-empty', 'The graph is empty: ingest some articles first.'));
    var articleList = $('recent-articles');
    clear(articleList);
    data.articles.edges.forEach(function (edge) {
      var article = edge.node;
      var item = el('li', 'start-article');
      item.appendChild(el('p', 'start-article-title', article.title || 'Untitled article'));
      item.appendChild(el('p', 'start-article-date', (article.publishedAt || 'undated') + ' · ' + plural(article.entities.length, 'entity', 'entities')));
      var chips = el('div', 'chips');
      article.entities.slice(0, ARTICLE_CHIPS).forEach(function (entity) {
        chips.appendChild(entityButton(entity, 'chip'));
      });
      item.appendChild(chips);
      articleList.appendChild(item);
    });
    if (!data.articles.edges.length) articleList.appendChild(el('li', 'start-empty', 'No articles yet.'));
  }

  /** The view before any entity is chosen: most connected entities and recent articles. */
  function showStart() {
    state.loadSeq++;
    state.current = null;
    $('start').hidden = false;
    $('entity-panel').hidden = true;
    $('predicate-filter').hidden = true;
    clear($('legend'));
    hideFacts();
    hideCluster();
    if (state.cy) state.cy.elements().remove();
    setGraphState('empty');
    setStatus('Search for an entity, or pick one below.');
    document.title = 'newsgraph explorer';
    startLoaded =
      startLoaded ||
      gql(START_QUERY, { entities: 40, articles: START_ARTICLES })
        .then(function (data) {
          renderStart(data);
          $('start').setAttribute('data-ready', 'true');
        })
        .catch(function (error) {
          startLoaded = null;
          setStatus('Could not load the overview: ' + error.message, true);
        });
  }

  function hideFacts() {
    $('facts-panel').hidden = true;
    clear($('facts-list'));
    $('panel-hint').hidden = false;
  }

  /** Shows the clicked fact and every other drawn fact between the same two entities. */
  function showFacts(edge) {
    var cy = state.cy;
    var a = edge.source().id();
    var b = edge.target().id();
    var parallel = cy.edges().filter(function (e) {
      var s = e.source().id();
      var t = e.target().id();
      return (s === a && t === b) || (s === b && t === a);
    });
    cy.edges().removeClass('parallel-selected');
    parallel.addClass('parallel-selected');
    var ids = [edge.data('factId')];
    parallel.forEach(function (e) {
      if (ids.indexOf(e.data('factId')) < 0) ids.push(e.data('factId'));
    });
    var variables = {};
    ids.forEach(function (id, i) {
      variables['r' + i] = id;
    });
    var list = $('facts-list');
    clear(list);
    list.appendChild(el('li', 'loading', 'Loading facts…'));
    $('facts-panel').hidden = false;
    $('panel-hint').hidden = true;
    gql(factsByIdQuery(ids.length), variables)
      .then(function (data) {
        clear(list);
        ids.forEach(function (_id, i) {
          var fact = data['r' + i];
          if (fact) list.appendChild(renderFact(fact));
        });
        if (!list.firstChild) list.appendChild(el('li', 'empty', 'These facts are no longer in the graph.'));
      })
      .catch(function (error) {
        clear(list);
        list.appendChild(el('li', 'error', 'Could not load the facts: ' + error.message));
      });
  }

  function renderFact(fact) {
    var item = el('li', 'fact');
    item.setAttribute('data-fact-id', fact.id);
    var title = el('p', 'fact-title');
    title.appendChild(el('span', 'fact-entity', fact.subject.name));
    title.appendChild(el('span', 'fact-predicate' + (fact.negated ? ' negated' : ''), (fact.negated ? 'NOT ' : '') + fact.predicate));
    title.appendChild(el('span', 'fact-entity', fact.object.name));
    item.appendChild(title);

    var meta = [];
    meta.push('verb “' + fact.verb + '”');
    meta.push('confidence ' + Math.round(fact.confidence * 100) + '%');
    if (fact.modality && fact.modality !== 'ASSERTED') meta.push(fact.modality.toLowerCase());
    item.appendChild(el('p', 'fact-meta', meta.join(' · ')));

    if (fact.qualifiers && fact.qualifiers.length) {
      var quals = el('dl', 'fact-qualifiers');
      fact.qualifiers.forEach(function (q) {
        quals.appendChild(el('dt', null, q.role));
        quals.appendChild(el('dd', null, q.value));
      });
      item.appendChild(quals);
    }

    var evidence = el('ul', 'evidence-list');
    fact.evidence.forEach(function (ev) {
      var entry = el('li', 'evidence');
      entry.appendChild(el('blockquote', 'evidence-sentence', ev.sentence));
      var source = el('p', 'evidence-source');
      source.appendChild(el('span', 'evidence-title', ev.article.title || 'Untitled article'));
      var idText = ev.article.id + (ev.article.publishedAt ? ' · ' + ev.article.publishedAt : '') + ' · chars ' + ev.start + '–' + ev.end;
      source.appendChild(el('span', 'evidence-article', idText));
      entry.appendChild(source);
      evidence.appendChild(entry);
    });
    if (!fact.evidence.length) evidence.appendChild(el('li', 'empty', 'No evidence sentence stored.'));
    item.appendChild(evidence);
    return item;
  }

  /* ───────────── wiring ───────────── */

  function onHashChange() {
    var name = entityFromHash();
    if (name) loadEntity(name);
    else showStart();
  }

  function init() {
    var input = $('search-input');
    input.addEventListener('input', onSearchInput);
    input.addEventListener('keydown', onSearchKey);
    input.addEventListener('blur', function () {
      setTimeout(closeSuggestions, 150);
    });
    var depth = $('depth-input');
    depth.addEventListener('input', function () {
      $('depth-value').textContent = depth.value;
    });
    depth.addEventListener('change', function () {
      state.depth = Math.max(1, Math.min(3, Number(depth.value) || 1));
      $('depth-value').textContent = String(state.depth);
      if (state.current) loadEntity(state.current.name);
    });
    window.addEventListener('hashchange', onHashChange);
    try {
      ensureCy();
    } catch (error) {
      setStatus('The graph library failed to load: ' + error.message, true);
      setGraphState('error');
      return;
    }
    var initial = entityFromHash();
    if (initial) {
      input.value = initial;
      loadEntity(initial);
    } else {
      showStart();
      input.focus();
    }
  }

  /** Read-only hooks for tests and the browser console. */
  window.__explorer = {
    get ready() {
      return state.ready;
    },
    get cy() {
      return state.cy;
    },
    get current() {
      return state.current ? state.current.name : null;
    },
    /** Entities drawn one by one (groups not counted). */
    nodeCount: function () {
      return state.cy ? state.cy.nodes().not('.cluster').length : 0;
    },
    edgeCount: function () {
      return state.cy ? state.cy.edges().not('.cluster-edge').length : 0;
    },
    /** Groups drawn and the entities in them. */
    clusters: function () {
      return state.cy
        ? state.cy.nodes('.cluster').map(function (node) {
            return { type: node.data('type'), size: node.data('members').length };
          })
        : [];
    },
    /** Whether an edge's label is drawn now (zoomed in far enough, hovered or selected). */
    edgeLabelShown: function (id) {
      var edge = state.cy && state.cy.getElementById(id);
      if (!edge || edge.empty() || !edge.visible() || !edge.data('label')) return false;
      var minimum = edge.pstyle('min-zoomed-font-size').pfValue;
      return edge.pstyle('font-size').pfValue * state.cy.zoom() >= minimum;
    },
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
