/* Life Science Nord Cluster Explorer: sizes every <iframe data-lsn-explorer> on this page to the height its
   page reports, { type: "lsn-explorer:height", height: <integer CSS px> }. A message counts only when it
   comes from that iframe's own window and origin. No dependencies; see docs/embed.md. */
(function () {
  'use strict';
  if (window.lsnExplorerEmbed) return;
  window.lsnExplorerEmbed = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'lsn-explorer:height' || typeof d.height !== 'number' || d.height % 1 || d.height < 0) return;
    var frames = document.querySelectorAll('iframe[data-lsn-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin;
      try {
        origin = new URL(f.src, location.href).origin;
      } catch (err) {
        return;
      }
      if (origin === e.origin) f.style.height = Math.min(d.height, 20000) + 'px';
      return;
    }
  });
})();
