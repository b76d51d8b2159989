// The decision room's live notice: listens to /api/v1/decisions/events (server-sent events, same-origin, with the
// reader's sign-in) and announces each new proposal with a link to it. Texts go through textContent, never HTML.
// Without this script, or if the stream is refused, the page is unchanged and a reload shows new proposals.
(function () {
  "use strict";
  var notice = document.getElementById("live-notice");
  if (!notice || typeof EventSource === "undefined") {
    return;
  }

  var source = new EventSource("/api/v1/decisions/events", { withCredentials: true });
  source.addEventListener("decision", function (event) {
    var change;
    try {
      change = JSON.parse(event.data);
    } catch (e) {
      return;
    }

    if (!change.kinds || (change.kinds.indexOf("Proposed") < 0 && change.kinds.indexOf("CancellationProposed") < 0)) {
      return;
    }

    var line = document.createElement("span");
    line.textContent = notice.getAttribute("data-label") + " ";
    var link = document.createElement("a");
    link.href = "/decisions/" + encodeURIComponent(change.decision);
    link.textContent = change.level + " — " + change.territories.join(", ") + (change.exercise ? " (EXERCISE)" : "");
    notice.textContent = "";
    notice.appendChild(line);
    notice.appendChild(link);
    notice.hidden = false;
  });
})();
