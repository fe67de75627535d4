/*
 * Host-page helper for embeds of "Where do AI model makers make money?".
 * Include once on a page with one or more of our iframes; each iframe then takes the
 * height its content reports. Only messages from our own iframes are honoured.
 */
(function () {
  var TYPE = 'ai-economics:height';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var h = Math.max(200, Math.min(20000, Math.ceil(data.height)));
        frames[i].style.height = h + 'px';
      }
    }
  });
})();
