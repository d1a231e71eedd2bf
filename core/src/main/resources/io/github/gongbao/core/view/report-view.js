(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('gb-data').textContent);
  var claims = data.claims;
  var skipped = data.skipped;
  var FAMILY = { amount: 'amount', yoy_pct: 'growth', mom_pct: 'growth', pp_change: 'comparison',
    pp_vs: 'comparison', share_pct: 'share', rank: 'rank' };
  var FIELDS = ['subject', 'subjectSimplified', 'value', 'unit', 'period', 'region', 'indicatorId', 'scope',
    'benchmark', 'quote', 'derived', 'source', 'start', 'end'];
  var PAGE = 500;
  var text = document.getElementById('gb-text');
  var card = document.getElementById('gb-card');
  var rows = document.getElementById('gb-rows');
  var attrSel = document.getElementById('gb-attr');
  var subjectIn = document.getElementById('gb-subject');
  var more = document.getElementById('gb-more');
  var earlier = document.getElementById('gb-earlier');
  var shown = document.getElementById('gb-shown');
  var order = [];
  var from = 0;
  var to = 0;
  var rowOf = {};
  var sortKey = 'i';
  var sortDir = 1;
  var selected = -1;

  function ids(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split(' ').map(Number) : [];
  }

  function marksOf(i) {
    return text.querySelectorAll('mark[data-c~="' + i + '"]');
  }

  function field(dl, name, value) {
    var dt = document.createElement('dt');
    var dd = document.createElement('dd');
    dt.textContent = name;
    dd.textContent = String(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function section(cls, title) {
    var s = document.createElement('section');
    var h = document.createElement('h3');
    var dl = document.createElement('dl');
    s.className = cls;
    h.textContent = title;
    s.appendChild(h);
    s.appendChild(dl);
    card.appendChild(s);
    return dl;
  }

  function showCard(mark) {
    card.textContent = '';
    ids(mark, 'data-c').forEach(function (i) {
      var c = claims[i];
      var dl = section('f-' + FAMILY[c.attr], '#' + (i + 1) + ' ' + c.attr);
      FIELDS.forEach(function (f) {
        if (c[f] !== undefined && !(f === 'subjectSimplified' && c[f] === c.subject)) field(dl, f, c[f]);
      });
      Object.keys(c).forEach(function (f) {
        if (f !== 'attr' && FIELDS.indexOf(f) < 0) field(dl, f, c[f]);
      });
    });
    ids(mark, 'data-s').forEach(function (j) {
      var s = skipped[j];
      var dl = section('skip', 'skipped figure');
      field(dl, 'text', s.text);
      field(dl, 'reason', s.reason);
      field(dl, 'start', s.start);
      field(dl, 'end', s.end);
    });
    card.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(0, Math.min(r.left, width - card.offsetWidth - 8));
    card.style.left = (left + window.scrollX) + 'px';
    card.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }

  function hideCard() {
    card.hidden = true;
  }

  function cell(tr, v) {
    var td = document.createElement('td');
    td.textContent = v === undefined ? '' : String(v);
    tr.appendChild(td);
  }

  function row(i) {
    var c = claims[i];
    var tr = document.createElement('tr');
    tr.tabIndex = 0;
    tr.setAttribute('data-c', i);
    tr.className = 'f-' + FAMILY[c.attr] + (i === selected ? ' selected' : '');
    cell(tr, i + 1);
    cell(tr, c.subject);
    cell(tr, c.attr);
    cell(tr, c.value);
    cell(tr, c.unit);
    cell(tr, c.period);
    cell(tr, c.region);
    rowOf[i] = tr;
    return tr;
  }

  function status() {
    more.hidden = to >= order.length;
    earlier.hidden = from <= 0;
    shown.textContent = (order.length ? (from + 1) + '–' + to : '0') + ' of ' + order.length + ' rows shown ('
        + claims.length + ' claims)';
  }

  function growLater() {
    var end = Math.min(order.length, to + PAGE);
    var frag = document.createDocumentFragment();
    for (; to < end; to++) frag.appendChild(row(order[to]));
    rows.appendChild(frag);
    status();
  }

  function growEarlier() {
    var start = Math.max(0, from - PAGE);
    var frag = document.createDocumentFragment();
    for (var p = start; p < from; p++) frag.appendChild(row(order[p]));
    rows.insertBefore(frag, rows.firstChild);
    from = start;
    status();
  }

  function showFrom(p) {
    rows.textContent = '';
    rowOf = {};
    from = to = Math.max(0, Math.min(p, order.length));
    growLater();
  }

  function sortValue(c, k) {
    if (k === 'value') return c.value === 'top' ? 0 : Number(c.value);
    return c[k] === undefined ? '' : c[k];
  }

  function refresh() {
    var attr = attrSel.value;
    var q = subjectIn.value.trim();
    order = [];
    for (var i = 0; i < claims.length; i++) {
      var c = claims[i];
      if (attr && c.attr !== attr) continue;
      if (q && c.subject.indexOf(q) < 0 && c.subjectSimplified.indexOf(q) < 0) continue;
      order.push(i);
    }
    if (sortKey !== 'i') {
      order.sort(function (a, b) {
        var x = sortValue(claims[a], sortKey);
        var y = sortValue(claims[b], sortKey);
        return (x < y ? -1 : x > y ? 1 : a - b) * (x === y ? 1 : sortDir);
      });
    } else if (sortDir < 0) {
      order.reverse();
    }
    showFrom(0);
  }

  function ensureRow(i) {
    if (rowOf[i]) return rowOf[i];
    var p = order.indexOf(i);
    if (p < 0) {
      attrSel.value = '';
      subjectIn.value = '';
      refresh();
      p = order.indexOf(i);
    }
    if (p >= to && p < to + 4 * PAGE) {
      while (to <= p) growLater();
    } else if (p < from && p >= from - 4 * PAGE) {
      while (from > p) growEarlier();
    } else if (!rowOf[i]) {
      showFrom(p - 20);
    }
    return rowOf[i];
  }

  function select(i, fromText) {
    if (selected >= 0) {
      marksOf(selected).forEach(function (m) { m.classList.remove('current', 'flash'); });
      if (rowOf[selected]) rowOf[selected].classList.remove('selected');
    }
    selected = i;
    var marks = marksOf(i);
    marks.forEach(function (m) {
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('current', 'flash');
    });
    var tr = ensureRow(i);
    if (tr) tr.classList.add('selected');
    if (fromText) {
      if (tr) tr.scrollIntoView({ block: 'nearest' });
    } else if (marks.length) {
      marks[0].scrollIntoView({ block: 'center' });
    }
  }

  function markOf(target) {
    return target && target.closest ? target.closest('mark.gb-m') : null;
  }

  function chooseMark(m) {
    var c = ids(m, 'data-c');
    if (c.length) select(c[0], true);
  }

  text.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m) showCard(m); });
  text.addEventListener('mouseout', function (e) { if (markOf(e.target)) hideCard(); });
  text.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) showCard(m); });
  text.addEventListener('focusout', hideCard);
  text.addEventListener('click', function (e) { var m = markOf(e.target); if (m) chooseMark(m); });
  text.addEventListener('keydown', function (e) {
    var m = markOf(e.target);
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); chooseMark(m); }
    if (e.key === 'Escape') hideCard();
  });
  function rowEvent(e) {
    var tr = e.target.closest('tr');
    if (tr && tr.hasAttribute('data-c')) select(Number(tr.getAttribute('data-c')), false);
  }
  rows.addEventListener('click', rowEvent);
  rows.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); rowEvent(e); }
  });
  document.querySelectorAll('#gb-table th button').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.getAttribute('data-k');
      sortDir = k === sortKey ? -sortDir : 1;
      sortKey = k;
      document.querySelectorAll('#gb-table th').forEach(function (th) { th.setAttribute('aria-sort', 'none'); });
      b.parentNode.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      refresh();
    });
  });
  attrSel.addEventListener('change', refresh);
  subjectIn.addEventListener('input', refresh);
  more.addEventListener('click', growLater);
  earlier.addEventListener('click', growEarlier);
  refresh();
  document.documentElement.setAttribute('data-gb-ready', String(claims.length));
}());
