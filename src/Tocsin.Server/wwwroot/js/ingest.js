// The ingest page: drafts a pasted report through /api/v1/drafts and reviews its items.
// Every piece of report text is written with textContent or createTextNode, never as HTML.
(function () {
  'use strict';
  const form = document.getElementById('ingest-form');
  const message = document.getElementById('message');
  const section = document.getElementById('draft');
  const textBox = document.getElementById('draft-text');
  const rows = document.querySelector('#draft-items tbody');
  let draft = null;
  // A page signed in by cookie proves each API call is its own with the page's antiforgery token.
  const token = form.dataset.antiforgery || '';
  function headers(extra) {
    const all = Object.assign({}, extra || {});
    if (token) { all.RequestVerificationToken = token; }
    return all;
  }

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? 'error' : '';
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      return (problem.title || 'Error') + ': ' + (problem.detail || response.status);
    } catch (e) {
      return 'Error ' + response.status;
    }
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    say('Drafting…', false);
    const body = {
      text: document.getElementById('report-text').value,
      source: document.getElementById('report-source').value,
      published: document.getElementById('report-published').value || null,
      language: document.getElementById('report-language').value || null
    };
    const response = await fetch('/api/v1/drafts', {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body)
    });
    if (!response.ok) {
      section.hidden = true;
      say(await problemText(response), true);
      return;
    }
    draft = await response.json();
    say(draft.items.length + ' item(s) drafted. Accept or drop each one.', false);
    render();
  });

  // /analyst/ingest?draft=ID reopens a draft (e.g. one made with `tocsin ingest`).
  async function open(id) {
    const response = await fetch('/api/v1/drafts/' + encodeURIComponent(id), { credentials: 'same-origin', headers: headers() });
    if (!response.ok) {
      say(await problemText(response), true);
      return;
    }
    draft = await response.json();
    say('Draft from ' + draft.source + '.', false);
    render();
  }

  const requested = new URLSearchParams(window.location.search).get('draft');
  if (requested) {
    open(requested);
  }

  function render() {
    section.hidden = false;
    document.getElementById('draft-id').textContent = draft.id;
    renderText();
    rows.replaceChildren.apply(rows, draft.items.map(renderItem));
  }

  // Cuts the text at every span boundary; each piece covered by items becomes a <mark> naming them.
  function renderText() {
    const text = draft.text;
    const cuts = new Set([0, text.length]);
    draft.items.forEach(function (item) {
      item.spans.forEach(function (s) { cuts.add(s.start); cuts.add(s.end); });
    });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i], end = points[i + 1];
      const piece = text.substring(start, end);
      const covering = draft.items.filter(function (item) {
        return item.spans.some(function (s) { return s.start <= start && end <= s.end; });
      });
      if (covering.length === 0) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = piece;
      mark.dataset.items = covering.map(function (item) { return item.id; }).join(' ');
      mark.title = covering.map(function (item) { return item.field + ': ' + item.label; }).join('\n');
      nodes.push(mark);
    }
    textBox.replaceChildren.apply(textBox, nodes);
  }

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function renderItem(item) {
    const tr = document.createElement('tr');
    tr.dataset.item = item.id;
    tr.className = item.status;
    const words = item.spans.map(function (s) { return draft.text.substring(s.start, s.end); }).join(' … ');
    tr.append(cell(item.field), cell(item.label), cell(String(item.confidence)), cell(words));
    const review = document.createElement('td');
    if (item.status === 'pending') {
      let grade = null;
      if (item.field === 'claim' || item.field === 'attribution') {
        grade = document.createElement('input');
        grade.className = 'grade';
        grade.placeholder = 'F6';
        grade.title = 'Admiralty grade of the source, e.g. B2';
        grade.setAttribute('aria-label', 'Grade');
        review.append(grade, ' ');
      }
      review.append(button('Accept', function () { decide(item, 'accept', grade && grade.value); }), ' ',
        button('Drop', function () { decide(item, 'drop', null); }));
    } else {
      const status = document.createElement('span');
      status.className = 'status';
      status.textContent = item.status;
      review.append(status);
    }
    tr.append(review);
    tr.addEventListener('mouseenter', function () { highlight(item.id, true); });
    tr.addEventListener('mouseleave', function () { highlight(item.id, false); });
    return tr;
  }

  function button(label, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }

  function highlight(id, on) {
    textBox.querySelectorAll('mark').forEach(function (mark) {
      if (mark.dataset.items.split(' ').indexOf(id) >= 0) { mark.classList.toggle('active', on); }
    });
  }

  async function decide(item, action, grade) {
    const url = '/api/v1/drafts/' + draft.id + '/items/' + encodeURIComponent(item.id) + '/' + action;
    const init = { method: 'POST', credentials: 'same-origin', headers: headers() };
    if (grade) {
      init.headers = headers({ 'Content-Type': 'application/json' });
      init.body = JSON.stringify({ grade: grade });
    }
    const response = await fetch(url, init);
    if (!response.ok) {
      say(await problemText(response), true);
      return;
    }
    const updated = await response.json();
    draft.items = draft.items.map(function (i) { return i.id === updated.id ? updated : i; });
    say(updated.label + ': ' + updated.status + '.', false);
    render();
  }
})();
