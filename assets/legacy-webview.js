// ES5 on purpose, and no build step: this runs where the pane's bundles cannot. Office on Windows
// still hosts add-ins in Internet Explorer 11 ("Trident") for volume-licensed Office 2016/2019,
// Microsoft 365 builds before 16.0.11629, and retail Office without Edge or WebView2. There the
// ES2017 bundles fail to parse and the pane would stay blank, so this shows the page's notice
// instead (detection by user agent, as Microsoft's "Support older Microsoft webviews" advises).
(function () {
  if (navigator.userAgent.indexOf("Trident") === -1) return;
  function show() {
    var container = document.getElementById("container");
    var notice = document.getElementById("legacy-webview");
    if (!notice) return;
    if (container) container.style.display = "none";
    notice.style.display = "block";
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
