/*
 * Warns a signed-in user two minutes before their session ends and offers to keep it; once it has
 * ended, shows the page that says so. The server restarts the session's clock on every request, so
 * this clock restarts on every page load and every AJAX response. All tabs share one session, so
 * they share the time of the last request through localStorage. PrimeFaces announces AJAX
 * responses with pfAjaxComplete only for requests that are global (the default).
 */
(function () {
  'use strict';
  var config = document.getElementById('sessionTimeout');
  if (!config || !window.jQuery) {
    return;
  }
  var KEY = 'plenary.lastServerContact';
  var GRACE_MS = 5000;
  var timeoutMs = Number(config.getAttribute('data-timeout-seconds')) * 1000;
  var warnMs = Number(config.getAttribute('data-warn-seconds')) * 1000;
  var endedUrl = config.getAttribute('data-ended-url');
  var lastHere = 0;
  var warnTimer = null;
  var endTimer = null;

  if (!(timeoutMs > warnMs)) {
    return;
  }

  function sharedLast() {
    try {
      return Number(window.localStorage.getItem(KEY)) || 0;
    } catch (storageUnavailable) {
      return 0;
    }
  }

  function lastContact() {
    return Math.max(lastHere, sharedLast());
  }

  function dialog() {
    return window.PrimeFaces && PrimeFaces.widgets.sessionWarning;
  }

  function warn() {
    var widget = dialog();
    if (widget && !widget.isVisible()) {
      widget.show();
    }
  }

  function end() {
    if (lastContact() + timeoutMs > Date.now()) {
      schedule();
    } else {
      window.location.assign(endedUrl);
    }
  }

  function schedule() {
    var now = Date.now();
    var endsAt = lastContact() + timeoutMs;
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warnTimer = window.setTimeout(warn, Math.max(0, endsAt - warnMs - now));
    endTimer = window.setTimeout(end, Math.max(0, endsAt + GRACE_MS - now));
    var widget = dialog();
    if (widget && widget.isVisible() && now < endsAt - warnMs) {
      widget.hide();
    }
  }

  function contact() {
    lastHere = Date.now();
    try {
      window.localStorage.setItem(KEY, String(lastHere));
    } catch (storageUnavailable) {
      // this tab keeps its own clock
    }
    schedule();
  }

  contact();
  jQuery(document).on('pfAjaxComplete', contact);
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      schedule();
    }
  });
})();
