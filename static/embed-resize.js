/*
 * Host-page helper for embeds of "Where do AI model makers make money?".
 * Include it once, with the <script> tag the embed code gives, on a page with one or more
 * of our iframes; each iframe then takes the height its content reports.
 *
 * It trusts only our own embeds: a message counts if it comes from the origin this script was
 * loaded from (event.origin), from the window of an iframe (event.source) whose src lies in
 * this script's folder on that origin, and is { type: 'ai-economics:height', height: <finite
 * number> }. Anything else (other frames, ads, about:blank, malformed data) is ignored.
 * Heights are clamped to 150-20,000 px. No dependencies; nothing is sent anywhere.
 */
(function () {
  var TYPE = 'ai-economics:height';
  var MIN = 150;
  var MAX = 20000;
  var script = document.currentScript;
  var home = parse(script && script.src);
  // Loaded in a way that hides where from (inline, eval): we cannot tell our embeds apart.
  if (!home || home.origin === 'null') return;
  var folder = home.href.slice(0, home.href.lastIndexOf('/') + 1);

  function parse(url) {
    try {
      return url ? new URL(url, location.href) : null;
    } catch (e) {
      return null;
    }
  }

  function ours(frame) {
    var src = parse(frame.src);
    return !!src && src.origin === home.origin && src.href.indexOf(folder) === 0;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== home.origin || !event.source) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    height = Math.max(MIN, Math.min(MAX, Math.ceil(height)));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i])) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
