// "Use my location" for the public threat-level page: the only script of that page, and the page works without it.
// Markup it expects (no inline script or style; the CSP forbids them):
//   <button type="button" data-where-am-i data-target="where-am-i-result" data-scheme="vigipirate" hidden>…</button>
//   <p id="where-am-i-result" aria-live="polite"></p>
// The button stays hidden unless the browser can give its location. The answer comes from the public
// GET /api/v1/levels/point and links to /{lang}/territories/{id}; the language is the page's <html lang>.
(function () {
  'use strict';

  var texts = {
    fr: {
      locating: 'Recherche de votre position…',
      denied: 'La position n’est pas disponible : cherchez votre commune par son nom.',
      outside: 'Cette position n’est dans aucun territoire de ce plan.',
      failed: 'Le niveau n’a pas pu être obtenu. Réessayez plus tard.',
      separator: ' : ',
      level: 'niveau'
    },
    en: {
      locating: 'Finding your location…',
      denied: 'Your location is not available: search for your town by name.',
      outside: 'This location is in no territory of this plan.',
      failed: 'The level could not be fetched. Try again later.',
      separator: ': ',
      level: 'level'
    }
  };

  function language() {
    var lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
    return texts[lang] ? lang : 'en';
  }

  function say(target, text) {
    target.textContent = text;
  }

  function show(target, status, lang) {
    var names = status.levelNames || {};
    var link = document.createElement('a');
    link.href = '/' + encodeURIComponent(lang) + '/territories/' + encodeURIComponent(status.territory);
    link.textContent = status.name;
    var level = names[lang] || status.level;
    var official = Object.keys(names).length > 0 ? names[Object.keys(names)[0]] : level;
    target.textContent = '';
    target.appendChild(link);
    target.appendChild(document.createTextNode(texts[lang].separator + texts[lang].level + ' ' + level + (official !== level ? ' (' + official + ')' : '')));
  }

  function locate(button, target) {
    var lang = language();
    say(target, texts[lang].locating);
    navigator.geolocation.getCurrentPosition(function (position) {
      var query = 'lat=' + encodeURIComponent(position.coords.latitude.toFixed(5)) +
        '&lon=' + encodeURIComponent(position.coords.longitude.toFixed(5));
      if (button.dataset.scheme) {
        query += '&scheme=' + encodeURIComponent(button.dataset.scheme);
      }
      fetch('/api/v1/levels/point?' + query, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (response.status === 404) {
            say(target, texts[lang].outside);
            return null;
          }
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (body) {
          if (body) {
            show(target, body.status, lang);
          }
        })
        .catch(function () {
          say(target, texts[lang].failed);
        });
    }, function () {
      say(target, texts[lang].denied);
    }, { maximumAge: 600000, timeout: 15000 });
  }

  function start() {
    if (!('geolocation' in navigator) || !window.fetch) {
      return;
    }
    document.querySelectorAll('[data-where-am-i]').forEach(function (button) {
      var target = document.getElementById(button.dataset.target);
      if (!target) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        locate(button, target);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
