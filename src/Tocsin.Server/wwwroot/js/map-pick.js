// Picking territories on the propose form's map. Each territory of a picking map is a link to its checkbox in the
// territory tree (<a data-pick="75" href="/decisions/new#territory-75">), which without this script simply brings
// the reader to the box. With it, each link becomes a checkbox of its own for assistive technology (role and
// aria-checked), a click, Enter or Space toggles the same box the tree shows, and ticking in the tree shows on
// the map: the form posts the tree's boxes only, so there is one source of truth. Loaded as a file (the CSP forbids
// inline scripts); listeners sit on the document, so the map's markup may be replaced without reloading the script.
(function () {
  'use strict';

  function boxOf(link) {
    return document.getElementById('territory-' + link.getAttribute('data-pick'));
  }

  function linksOf(id) {
    return document.querySelectorAll('a[data-pick="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
  }

  function show(id, checked) {
    linksOf(id).forEach(function (link) {
      link.classList.toggle('territory-map__link--picked', checked);
      if (link.getAttribute('aria-hidden') !== 'true') {
        link.setAttribute('aria-checked', checked ? 'true' : 'false');
      }
    });
  }

  function enhance() {
    document.querySelectorAll('a[data-pick]').forEach(function (link) {
      var box = boxOf(link);
      if (!box || link.getAttribute('aria-hidden') === 'true') {
        return;
      }

      link.setAttribute('role', 'checkbox');
      show(link.getAttribute('data-pick'), box.checked);
    });
  }

  function toggle(link) {
    var box = boxOf(link);
    if (!box) {
      return false;
    }

    box.checked = !box.checked;
    show(link.getAttribute('data-pick'), box.checked);
    return true;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-pick]');
    if (link && toggle(link)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  // A link answers Enter with a click; a checkbox also answers Space, which would otherwise scroll the page.
  document.addEventListener('keydown', function (event) {
    var link = event.target.closest && event.target.closest('a[data-pick]');
    if (link && (event.key === ' ' || event.key === 'Spacebar') && toggle(link)) {
      event.preventDefault();
    }
  });

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box && box.id && box.id.indexOf('territory-') === 0) {
      show(box.id.slice('territory-'.length), box.checked);
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
}());
