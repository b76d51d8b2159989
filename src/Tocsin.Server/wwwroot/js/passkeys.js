// Passkeys (WebAuthn) for the second-factor pages: "Add a passkey" on /account/security registers one; "Use a
// passkey" on /account/verify proves the second factor with one. The server's options and the browser's answer
// travel as JSON with binary members in base64url; the page's antiforgery token goes in its header. Without this
// script (or WebAuthn) the buttons stay hidden and codes still work. The sign-in page loads it too: the second-factor
// step arrives there by enhanced navigation, which runs no new script, so the buttons are bound again after each.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function toBytes(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) {
      base64 += "=";
    }
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function token() {
    var field = document.querySelector("input[name='__RequestVerificationToken']");
    return field ? field.value : "";
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "RequestVerificationToken": token() },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    });
  }

  function fail(button) {
    var error = document.getElementById("passkey-error");
    if (error) {
      error.textContent = button.getAttribute("data-failed");
      error.hidden = false;
    }
  }

  function bind() {
    var add = document.getElementById("passkey-add");
    if (add && !add.dataset.bound) {
      add.dataset.bound = "true";
      add.hidden = false;
      add.addEventListener("click", function () {
        post("/account/passkeys/register/options").then(function (options) {
          options.challenge = toBytes(options.challenge);
          options.user.id = toBytes(options.user.id);
          (options.excludeCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
          return navigator.credentials.create({ publicKey: options });
        }).then(function (credential) {
          var name = document.getElementById("passkey-name");
          return post("/account/passkeys/register", {
            name: name ? name.value : "",
            credential: {
              id: credential.id,
              rawId: toText(credential.rawId),
              type: credential.type,
              extensions: credential.getClientExtensionResults(),
              response: {
                attestationObject: toText(credential.response.attestationObject),
                clientDataJSON: toText(credential.response.clientDataJSON),
                transports: credential.response.getTransports ? credential.response.getTransports() : []
              }
            }
          });
        }).then(function () {
          window.location.reload();
        }).catch(function () {
          fail(add);
        });
      });
    }

    var verify = document.getElementById("passkey-verify");
    if (verify && !verify.dataset.bound) {
      verify.dataset.bound = "true";
      verify.hidden = false;
      verify.addEventListener("click", function () {
        post("/account/passkeys/assert/options").then(function (options) {
          options.challenge = toBytes(options.challenge);
          (options.allowCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
          return navigator.credentials.get({ publicKey: options });
        }).then(function (assertion) {
          return post("/account/passkeys/assert", {
            returnUrl: verify.getAttribute("data-return-url") || "",
            credential: {
              id: assertion.id,
              rawId: toText(assertion.rawId),
              type: assertion.type,
              extensions: assertion.getClientExtensionResults(),
              response: {
                authenticatorData: toText(assertion.response.authenticatorData),
                clientDataJSON: toText(assertion.response.clientDataJSON),
                signature: toText(assertion.response.signature),
                userHandle: assertion.response.userHandle ? toText(assertion.response.userHandle) : null
              }
            }
          });
        }).then(function (next) {
          window.location.assign(next.location);
        }).catch(function () {
          fail(verify);
        });
      });
    }
  }

  bind();
  if (window.Blazor && typeof window.Blazor.addEventListener === "function") {
    window.Blazor.addEventListener("enhancedload", bind);
  }
})();
